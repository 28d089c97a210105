import { describe, expect, it } from 'vitest';
import { nextCronRun, parseCron } from '../../fake-gateway/cron';
import { computeNextRun, parseSchedule } from '../../fake-gateway/schedule';

const NOW = new Date('2026-11-24T05:48:10.246Z');

function next(expr: string, after = NOW): string | undefined {
  return nextCronRun(parseCron(expr), after)?.toISOString();
}

describe('fake gateway: schedules', () => {
  describe('nextCronRun', () => {
    it('finds the next daily, weekly and monthly occurrence in UTC', () => {
      expect(next('0 8 * * *')).toBe('2026-11-24T08:00:00.000Z');
      expect(next('0 9 * * 1')).toBe('2026-11-30T09:00:00.000Z');
      expect(next('0 9 1 * *')).toBe('2026-12-01T09:00:00.000Z');
    });

    it('is strictly after the given time', () => {
      expect(next('0 8 * * *', new Date('2026-11-24T08:00:00Z'))).toBe('2026-11-25T08:00:00.000Z');
    });

    it('supports steps, ranges, lists and 7 as Sunday', () => {
      expect(next('*/15 * * * *')).toBe('2026-11-24T06:00:00.000Z');
      expect(next('30 9-17/4 * * *')).toBe('2026-11-24T09:30:00.000Z');
      expect(next('0 0 * * 7')).toBe('2026-11-29T00:00:00.000Z');
      expect(next('0 12 * * 6,0')).toBe('2026-11-28T12:00:00.000Z');
    });

    it('matches day-of-month OR day-of-week when both are restricted', () => {
      expect(next('0 0 1 * 3')).toBe('2026-11-25T00:00:00.000Z');
    });

    it('rejects malformed expressions', () => {
      for (const expr of ['60 * * * *', '* * *', '*/0 * * * *', '5-1 * * * *', 'a * * * *']) {
        expect(() => parseCron(expr), expr).toThrow();
      }
    });
  });

  describe('parseSchedule', () => {
    it('reads "every <duration>" as an interval in minutes', () => {
      expect(parseSchedule('every 1h', NOW)).toEqual({ kind: 'interval', minutes: 60, display: 'every 60m' });
      expect(parseSchedule('every 30m', NOW)).toEqual({ kind: 'interval', minutes: 30, display: 'every 30m' });
    });

    it('reads a bare duration and an ISO timestamp as one-shots', () => {
      expect(parseSchedule('2h', NOW)).toEqual({ kind: 'once', run_at: '2026-11-24T07:48:10.246000+00:00', display: 'once in 2h' });
      expect(parseSchedule('2026-12-03T14:00:00', NOW)).toEqual({
        kind: 'once',
        run_at: '2026-12-03T14:00:00+00:00',
        display: 'once at 2026-12-03 14:00',
      });
    });

    it('explains what it accepts when it cannot parse a schedule', () => {
      expect(() => parseSchedule('sometimes', NOW)).toThrow(/^Invalid schedule 'sometimes'/);
    });
  });

  describe('computeNextRun', () => {
    it('adds the interval to now and keeps a one-shot run_at', () => {
      expect(computeNextRun({ kind: 'interval', minutes: 60, display: 'every 60m' }, NOW)).toBe('2026-11-24T06:48:10.246000+00:00');
      expect(computeNextRun({ kind: 'once', run_at: 'X', display: 'once' }, NOW)).toBe('X');
      expect(computeNextRun({ kind: 'mystery' }, NOW)).toBeNull();
    });
  });
});
