import { nextCronRun, parseCron } from './cron';
import { isJsonObject, type JsonObject, type JsonValue } from './json';
import { pyIsoTimestamp } from './time';

// `cron.jobs.parse_schedule` / `compute_next_run` at the gateway's version (docs §4.7): "30m" is a
// one-shot delay, "every 30m" an interval, five fields a cron expression, an ISO string a one-shot.

const DURATION = /^(\d+)\s*(m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days)$/;
const MINUTES_PER_UNIT: Record<string, number> = { m: 1, h: 60, d: 1440 };
const CRON_FIELD = /^[\d*\-,/]+$/;

function parseDurationMinutes(text: string): number | undefined {
  const match = DURATION.exec(text.trim().toLowerCase());
  if (!match?.[1] || !match[2]) return undefined;
  return Number(match[1]) * (MINUTES_PER_UNIT[match[2].charAt(0)] ?? 1);
}

function parseTimestamp(text: string): Date {
  // Naive timestamps are in the Hermes timezone, which the fake fixes at UTC.
  const hasZone = /(?:z|[+-]\d{2}:?\d{2})$/i.test(text);
  const date = new Date(hasZone || !text.includes('T') ? text : `${text}Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`Invalid timestamp '${text}'`);
  return date;
}

/** Parses a schedule string into the stored `schedule` object; throws with the gateway's wording. */
export function parseSchedule(text: string, now: Date): JsonObject {
  const schedule = text.trim();
  if (schedule.toLowerCase().startsWith('every ')) {
    const minutes = parseDurationMinutes(schedule.slice(6));
    if (minutes === undefined) throw new Error(`Invalid duration: '${schedule.slice(6).trim()}'. Use format like '30m', '2h', or '1d'`);
    return { kind: 'interval', minutes, display: `every ${minutes}m` };
  }
  const parts = schedule.split(/\s+/);
  if (parts.length >= 5 && parts.slice(0, 5).every((part) => CRON_FIELD.test(part))) {
    try {
      parseCron(schedule);
    } catch (error) {
      throw new Error(`Invalid cron expression '${schedule}': ${error instanceof Error ? error.message : String(error)}`);
    }
    return { kind: 'cron', expr: schedule, display: schedule };
  }
  if (schedule.includes('T') || /^\d{4}-\d{2}-\d{2}/.test(schedule)) {
    const runAt = parseTimestamp(schedule);
    const display = pyIsoTimestamp(runAt).slice(0, 16).replace('T', ' ');
    return { kind: 'once', run_at: pyIsoTimestamp(runAt), display: `once at ${display}` };
  }
  const minutes = parseDurationMinutes(schedule);
  if (minutes !== undefined) {
    return { kind: 'once', run_at: pyIsoTimestamp(new Date(now.getTime() + minutes * 60_000)), display: `once in ${schedule}` };
  }
  throw new Error(
    `Invalid schedule '${schedule}'. Use:\n  - Duration: '30m', '2h', '1d' (one-shot)\n  - Interval: 'every 30m', 'every 2h' (recurring)\n  - Cron: '0 9 * * *' (cron expression)\n  - Timestamp: '2026-02-03T14:00:00' (one-shot at time)`,
  );
}

/** The next run as an ISO string, or null when the schedule has none (or is not understood). */
export function computeNextRun(schedule: JsonValue | undefined, now: Date): string | null {
  if (schedule === undefined || !isJsonObject(schedule)) return null;
  if (schedule.kind === 'once') return typeof schedule.run_at === 'string' ? schedule.run_at : null;
  if (schedule.kind === 'interval' && typeof schedule.minutes === 'number') {
    return pyIsoTimestamp(new Date(now.getTime() + schedule.minutes * 60_000));
  }
  if (schedule.kind === 'cron' && typeof schedule.expr === 'string') {
    const next = nextCronRun(parseCron(schedule.expr), now);
    return next ? pyIsoTimestamp(next) : null;
  }
  return null;
}
