import { describe, expect, it } from 'vitest';
import { gatewayJobSchema } from '@/lib/gateway/jobs';
import type { CronJob } from '@/lib/hermes-home';
import { fromCronJob, fromGatewayJob } from '@/lib/jobs/job-view';

describe('job views', () => {
  it('reads a gateway job, times as ms epoch', () => {
    const job = gatewayJobSchema.parse({
      id: '50b370ec83f5',
      name: 'daily-review',
      schedule_display: '0 8 * * *',
      enabled: true,
      state: 'scheduled',
      next_run_at: '2026-11-24T08:00:00+00:00',
      last_run_at: '2026-11-23T08:00:41.5+00:00',
      last_status: 'error',
      last_error: 'RuntimeError: HTTP 503',
      paused_at: null,
    });
    expect(fromGatewayJob(job)).toEqual({
      id: '50b370ec83f5',
      name: 'daily-review',
      schedule: '0 8 * * *',
      state: 'scheduled',
      enabled: true,
      nextRunAt: Date.parse('2026-11-24T08:00:00Z'),
      lastRunAt: Date.parse('2026-11-23T08:00:41.5Z'),
      lastStatus: 'error',
      lastError: 'RuntimeError: HTTP 503',
      pausedAt: null,
    });
  });

  it('derives a state the gateway left out, and ignores unparsable times', () => {
    const job = gatewayJobSchema.parse({ id: 'dcf4c3efe485', name: 'heartbeat', enabled: false, next_run_at: 'soon' });
    expect(fromGatewayJob(job)).toMatchObject({ state: 'paused', nextRunAt: null, schedule: null });
  });

  it('reads a job from cron/jobs.json the same way', () => {
    const cron: CronJob = {
      id: 'a2130eb32349',
      name: '月盤點報告',
      prompt: 'Count the stock',
      skills: [],
      model: null,
      provider: null,
      script: null,
      noAgent: false,
      schedule: { kind: 'cron', expr: '0 9 1 * *', minutes: null, runAt: null, display: '0 9 1 * *' },
      scheduleDisplay: '0 9 1 * *',
      repeat: { times: null, completed: 0 },
      enabled: true,
      state: 'scheduled',
      deliver: 'local',
      createdAt: null,
      nextRunAt: 1,
      lastRunAt: null,
      pausedAt: null,
      pausedReason: null,
      lastStatus: null,
      lastError: null,
      lastDeliveryError: null,
    };
    expect(fromCronJob(cron)).toEqual({ id: 'a2130eb32349', name: '月盤點報告', schedule: '0 9 1 * *', state: 'scheduled', enabled: true, nextRunAt: 1, lastRunAt: null, lastStatus: null, lastError: null, pausedAt: null });
  });
});
