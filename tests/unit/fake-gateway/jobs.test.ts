import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startFakeGateway, type FakeGateway } from '../../fake-gateway';
import { authHeaders, KEY } from './helpers';

const HERMES_HOME = path.resolve(import.meta.dirname, '../../fixtures/hermes-home');

/** The keys of a real job record, in the order the gateway sends them (capture 31_jobs_create). */
const JOB_KEYS = [
  'id', 'name', 'prompt', 'skills', 'skill', 'model', 'provider', 'base_url', 'script', 'no_agent', 'context_from',
  'schedule', 'schedule_display', 'repeat', 'enabled', 'state', 'paused_at', 'paused_reason', 'created_at',
  'next_run_at', 'last_run_at', 'last_status', 'last_error', 'last_delivery_error', 'deliver', 'origin',
  'enabled_toolsets', 'workdir', 'profile',
];

const jobSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  prompt: z.string(),
  enabled: z.boolean(),
  state: z.string(),
  paused_at: z.string().nullable(),
  next_run_at: z.string().nullable(),
  schedule: z.looseObject({ kind: z.string() }),
  schedule_display: z.string(),
});
const oneJob = z.object({ job: jobSchema });
const jobList = z.object({ jobs: z.array(jobSchema) });

const fixtureJobs = z
  .object({ jobs: z.array(z.looseObject({ id: z.string(), enabled: z.boolean() })) })
  .parse(JSON.parse(readFileSync(path.join(HERMES_HOME, 'cron/jobs.json'), 'utf8'))).jobs;

describe('fake gateway: /api/jobs', () => {
  let gateway: FakeGateway;

  beforeEach(async () => {
    gateway = await startFakeGateway({ apiKey: KEY });
  });
  afterEach(async () => {
    await gateway.close();
  });

  async function call(method: string, urlPath: string, body?: unknown): Promise<{ status: number; json: unknown; text: string }> {
    const res = await fetch(`${gateway.url}${urlPath}`, {
      method,
      headers: authHeaders(),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: JSON.parse(text), text };
  }

  it('lists no jobs on an empty store, byte for byte like the gateway', async () => {
    expect((await call('GET', '/api/jobs')).text).toBe('{"jobs": []}');
  });

  it('creates, reads, patches, pauses, resumes, runs and deletes a job', async () => {
    const created = await call('POST', '/api/jobs', { name: 'rig job', schedule: 'every 1h', prompt: 'Say hello from cron', deliver: 'local' });
    expect(created.status).toBe(200);
    const job = oneJob.parse(created.json).job;
    expect(Object.keys(z.object({ job: z.record(z.string(), z.unknown()) }).parse(created.json).job)).toEqual(JOB_KEYS);
    expect(job.id).toMatch(/^[0-9a-f]{12}$/);
    expect(job).toMatchObject({
      schedule: { kind: 'interval', minutes: 60, display: 'every 60m' },
      schedule_display: 'every 60m',
      repeat: { times: null, completed: 0 },
      enabled: true,
      state: 'scheduled',
      deliver: 'local',
    });
    expect(job.next_run_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?\+00:00$/);

    expect(oneJob.parse((await call('GET', `/api/jobs/${job.id}`)).json).job).toEqual(job);

    const patched = oneJob.parse((await call('PATCH', `/api/jobs/${job.id}`, { prompt: 'Say hello again', id: 'ignored' })).json).job;
    expect(patched).toMatchObject({ id: job.id, prompt: 'Say hello again' });

    const paused = oneJob.parse((await call('POST', `/api/jobs/${job.id}/pause`)).json).job;
    expect(paused).toMatchObject({ enabled: false, state: 'paused', paused_at: expect.any(String) });
    expect(jobList.parse((await call('GET', '/api/jobs')).json).jobs).toEqual([]);
    expect(jobList.parse((await call('GET', '/api/jobs?include_disabled=true')).json).jobs).toHaveLength(1);

    const resumed = oneJob.parse((await call('POST', `/api/jobs/${job.id}/resume`)).json).job;
    expect(resumed).toMatchObject({ enabled: true, state: 'scheduled', paused_at: null });

    const before = Date.now();
    const run = oneJob.parse((await call('POST', `/api/jobs/${job.id}/run`)).json).job;
    expect(Date.parse(run.next_run_at ?? '')).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(run.next_run_at ?? '')).toBeLessThanOrEqual(Date.now() + 1000);

    expect((await call('DELETE', `/api/jobs/${job.id}`)).text).toBe('{"ok": true}');
    expect(await call('GET', `/api/jobs/${job.id}`)).toMatchObject({ status: 404, text: '{"error": "Job not found"}' });
  });

  it('parses cron, interval and one-shot schedules', async () => {
    const cron = oneJob.parse((await call('POST', '/api/jobs', { name: 'daily', schedule: '0 8 * * *', prompt: 'p' })).json).job;
    expect(cron.schedule).toEqual({ kind: 'cron', expr: '0 8 * * *', display: '0 8 * * *' });
    expect(cron.next_run_at).toMatch(/T08:00:00\+00:00$/);

    const once = oneJob.parse((await call('POST', '/api/jobs', { name: 'soon', schedule: '30m', prompt: 'p' })).json).job;
    expect(once).toMatchObject({ schedule: { kind: 'once', display: 'once in 30m' }, repeat: { times: 1, completed: 0 } });

    const patched = oneJob.parse((await call('PATCH', `/api/jobs/${once.id}`, { schedule: 'every 2h' })).json).job;
    expect(patched).toMatchObject({ schedule: { kind: 'interval', minutes: 120 }, schedule_display: 'every 120m' });
  });

  it('answers 400 "Invalid job ID format" for ids that are not 12 lowercase hex', async () => {
    for (const id of ['ABCDEF123456', '123', 'zzzzzzzzzzzz']) {
      expect(await call('GET', `/api/jobs/${id}`)).toMatchObject({ status: 400, text: '{"error": "Invalid job ID format"}' });
    }
    expect((await call('POST', '/api/jobs/not-an-id/pause')).status).toBe(400);
  });

  it('answers 404 "Job not found" for unknown ids on every job route', async () => {
    const id = '0123456789ab';
    for (const [method, suffix] of [['GET', ''], ['PATCH', ''], ['DELETE', ''], ['POST', '/pause'], ['POST', '/resume'], ['POST', '/run']] as const) {
      const res = await call(method, `/api/jobs/${id}${suffix}`, method === 'PATCH' ? { name: 'x' } : undefined);
      expect(res, `${method} ${suffix}`).toMatchObject({ status: 404, json: { error: 'Job not found' } });
    }
  });

  it('validates a new job: name and schedule required, bad schedules are a 500', async () => {
    expect(await call('POST', '/api/jobs', { schedule: 'every 1h' })).toMatchObject({ status: 400, json: { error: 'Name is required' } });
    expect(await call('POST', '/api/jobs', { name: 'x' })).toMatchObject({ status: 400, json: { error: 'Schedule is required' } });
    expect(await call('POST', '/api/jobs', { name: 'x'.repeat(201), schedule: 'every 1h' })).toMatchObject({
      status: 400,
      text: '{"error": "Name must be \\u2264 200 characters"}',
    });
    expect(await call('POST', '/api/jobs', { name: 'x', schedule: 'every 1h', repeat: 0 })).toMatchObject({ status: 400 });
    expect(await call('POST', '/api/jobs', { name: 'x', schedule: 'whenever' })).toMatchObject({ status: 500 });
    expect(await call('POST', '/api/jobs', { name: 'x', schedule: '99 * * * *' })).toMatchObject({ status: 500 });
  });

  it('answers 400 "No valid fields to update" to a PATCH without allowed fields', async () => {
    const job = oneJob.parse((await call('POST', '/api/jobs', { name: 'x', schedule: 'every 5m' })).json).job;
    expect(await call('PATCH', `/api/jobs/${job.id}`, { model: 'gpt', id: 'x' })).toMatchObject({
      status: 400,
      json: { error: 'No valid fields to update' },
    });
  });
});

describe('fake gateway: jobs seeded from HERMES_HOME', () => {
  let gateway: FakeGateway;

  beforeEach(async () => {
    gateway = await startFakeGateway({ apiKey: KEY, hermesHome: HERMES_HOME });
  });
  afterEach(async () => {
    await gateway.close();
  });

  async function listIds(query: string): Promise<string[]> {
    const res = await fetch(`${gateway.url}/api/jobs${query}`, { headers: authHeaders() });
    return jobList.parse(await res.json()).jobs.map((job) => job.id);
  }

  it('serves the jobs of cron/jobs.json, hiding disabled ones unless include_disabled is true or 1', async () => {
    expect(await listIds('')).toEqual(fixtureJobs.filter((job) => job.enabled).map((job) => job.id));
    expect(await listIds('?include_disabled=true')).toEqual(fixtureJobs.map((job) => job.id));
    expect(await listIds('?include_disabled=1')).toEqual(fixtureJobs.map((job) => job.id));
    expect(await listIds('?include_disabled=yes')).toEqual(fixtureJobs.filter((job) => job.enabled).map((job) => job.id));
  });

  it('returns seeded records unchanged', async () => {
    const first = fixtureJobs[0];
    const res = await fetch(`${gateway.url}/api/jobs/${first?.id ?? ''}`, { headers: authHeaders() });
    expect(await res.json()).toEqual({ job: first });
  });
});
