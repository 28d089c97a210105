import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getCronJob, listCronJobs } from '@/lib/hermes-home';
import { cleanupTemp, FIXTURE_HOME, tempDir } from './helpers';

afterAll(() => cleanupTemp());

function homeWithJobs(content: string | null): string {
  const home = tempDir();
  fs.mkdirSync(path.join(home, 'cron'));
  if (content !== null) fs.writeFileSync(path.join(home, 'cron', 'jobs.json'), content);
  return home;
}

describe('listCronJobs', () => {
  it('reads the four fixture jobs with typed, camelCased fields', async () => {
    const { jobs, updatedAt } = await listCronJobs({ home: FIXTURE_HOME });
    expect(jobs.map((j) => j.id)).toEqual(['50b370ec83f5', 'dcf4c3efe485', 'd8fe129b0fd5', 'a2130eb32349']);
    expect(updatedAt).toBe(Date.parse('2026-11-23T10:30:05.082Z'));

    const daily = jobs[0]!;
    expect(daily).toMatchObject({
      name: 'daily-review',
      schedule: { kind: 'cron', expr: '0 8 * * *', minutes: null, runAt: null, display: '0 8 * * *' },
      scheduleDisplay: '0 8 * * *',
      repeat: { times: null, completed: 7 },
      enabled: true,
      state: 'scheduled',
      deliver: 'local',
      lastStatus: 'error',
      noAgent: false,
      skills: [],
    });
    expect(daily.lastError).toMatch(/^RuntimeError: HTTP 503/);
    expect(daily.lastRunAt).toBe(Date.parse('2026-11-23T08:00:41.968Z'));
    expect(daily.nextRunAt).toBe(Date.parse('2026-11-24T08:00:00Z'));
  });

  it('reports paused, interval and never-run jobs faithfully', async () => {
    const { jobs } = await listCronJobs({ home: FIXTURE_HOME });
    const heartbeat = jobs.find((j) => j.name === 'heartbeat');
    expect(heartbeat).toMatchObject({ enabled: false, state: 'paused', schedule: { kind: 'interval', minutes: 30, display: 'every 30m' } });
    expect(heartbeat?.pausedAt).toBe(Date.parse('2026-11-18T09:12:02.058Z'));
    const monthly = jobs.find((j) => j.id === 'a2130eb32349');
    expect(monthly).toMatchObject({ name: '月盤點報告', lastRunAt: null, lastStatus: null, repeat: { times: null, completed: 0 } });
    expect(jobs.find((j) => j.id === 'd8fe129b0fd5')?.lastDeliveryError).toBe('no delivery target resolved for deliver=telegram');
  });

  it('tolerates unknown fields, odd values and skips entries without an id', async () => {
    const home = homeWithJobs(
      JSON.stringify({
        jobs: [
          { id: 'abc123', name: 'future', prompt: 'p', schedule: { kind: 'rrule', rule: 'X', display: 'custom' }, brand_new_field: { x: 1 }, repeat: 5, enabled: 'yes', state: 42 },
          { name: 'no id' },
          'garbage',
          { id: 'def456' },
        ],
        updated_at: 'not a date',
        extra: true,
      }),
    );
    const { jobs, updatedAt } = await listCronJobs({ home });
    expect(updatedAt).toBeNull();
    expect(jobs.map((j) => j.id)).toEqual(['abc123', 'def456']);
    expect(jobs[0]).toMatchObject({ name: 'future', schedule: { kind: 'rrule', display: 'custom' }, repeat: { times: 5, completed: 0 }, enabled: true, state: 'scheduled' });
    expect(jobs[0]).not.toHaveProperty('brand_new_field');
    expect(jobs[1]).toMatchObject({ name: 'def456', prompt: '', schedule: null, repeat: { times: null, completed: 0 }, lastRunAt: null });
  });

  it('returns no jobs when jobs.json does not exist yet', async () => {
    expect(await listCronJobs({ home: homeWithJobs(null) })).toEqual({ jobs: [], updatedAt: null });
    expect(await listCronJobs({ home: tempDir() })).toEqual({ jobs: [], updatedAt: null });
  });

  it('reports hermes_home_unreadable for invalid JSON or shape, hermes_home_missing for a missing home', async () => {
    await expect(listCronJobs({ home: homeWithJobs('{"jobs": [') })).rejects.toMatchObject({ code: 'hermes_home_unreadable' });
    await expect(listCronJobs({ home: homeWithJobs('[1,2]') })).rejects.toMatchObject({ code: 'hermes_home_unreadable' });
    await expect(listCronJobs({ home: '/nonexistent/hermes' })).rejects.toMatchObject({ code: 'hermes_home_missing' });
  });
});

describe('getCronJob', () => {
  it('returns one job by id and not_found otherwise', async () => {
    expect((await getCronJob({ home: FIXTURE_HOME, id: 'd8fe129b0fd5' })).name).toBe('weekly digest');
    await expect(getCronJob({ home: FIXTURE_HOME, id: '28cbdac8e68b' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
