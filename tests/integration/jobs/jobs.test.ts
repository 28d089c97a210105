import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGateway, type FakeGateway } from '../../fake-gateway';
import { apiClient } from '../../support/api-client';
import { copyFixtureHome, login, startPaddock, type PaddockServer } from '../../support/paddock-server';

const KEY = 'integration-key';
const DAILY = '50b370ec83f5';
let home: string;
let gateway: FakeGateway;
let server: PaddockServer;
let api: ReturnType<typeof apiClient>;

interface Job {
  id: string;
  name: string;
  state: string;
  enabled: boolean;
  schedule: string | null;
  nextRunAt: number | null;
  lastStatus: string | null;
  lastError: string | null;
}
interface Screen {
  jobs: Job[];
  source: string;
  gatewayError: string | null;
}

beforeAll(async () => {
  home = copyFixtureHome();
  gateway = await startFakeGateway({ apiKey: KEY, hermesHome: home });
  server = await startPaddock({ HERMES_API_URL: gateway.url, HERMES_API_KEY: KEY, HERMES_HOME: home });
  api = apiClient(server, await login(server));
});
afterEach(() => gateway.setScenario({ kind: 'normal' }));
afterAll(async () => {
  await server?.stop();
  await gateway?.close();
  fs.rmSync(home, { recursive: true, force: true });
});

function jobRequests(path: string) {
  return gateway.requests.filter((r) => r.method === 'POST' && r.path === path);
}

describe('GET /api/jobs', () => {
  it('lists every job from the gateway, paused ones included, with schedule, next run and last error', async () => {
    const { status, body } = await api<Screen>('/api/jobs');
    expect(status).toBe(200);
    expect(body.source).toBe('gateway');
    expect(body.gatewayError).toBeNull();
    expect(body.jobs.map((j) => j.name)).toEqual(expect.arrayContaining(['daily-review', 'heartbeat', 'weekly digest', '月盤點報告']));
    expect(body.jobs.find((j) => j.id === DAILY)).toMatchObject({ schedule: '0 8 * * *', lastStatus: 'error', lastError: expect.stringMatching(/HTTP 503/), nextRunAt: expect.any(Number) });
    expect(body.jobs.find((j) => j.name === 'heartbeat')).toMatchObject({ state: 'paused', enabled: false });
    const asked = gateway.requests.filter((r) => r.path.startsWith('/api/jobs') && r.method === 'GET').at(-1);
    expect(asked?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(asked?.path).toMatch(/include_disabled=true/);
  });

  it('keeps listing from cron/jobs.json when the gateway is down, and says why', async () => {
    gateway.setScenario({ kind: 'refuse' });
    const { status, body } = await api<Screen>('/api/jobs');
    expect(status).toBe(200);
    expect(body.source).toBe('hermes_home');
    expect(body.gatewayError).toMatch(/unreachable at http:\/\/127\.0\.0\.1/);
    expect(body.jobs).toHaveLength(4);
  });
});

describe('POST /api/jobs/<id>/<action>', () => {
  it('runs a job now through the gateway', async () => {
    const { status, body } = await api<{ job: Job }>(`/api/jobs/${DAILY}/run`, { method: 'POST' });
    expect(status).toBe(200);
    expect(body.job).toMatchObject({ id: DAILY, state: 'scheduled' });
    expect(jobRequests(`/api/jobs/${DAILY}/run`)).toHaveLength(1);
  });

  it('pauses and resumes a job', async () => {
    const paused = await api<{ job: Job }>(`/api/jobs/${DAILY}/pause`, { method: 'POST' });
    expect(paused.body.job).toMatchObject({ state: 'paused', enabled: false });
    const resumed = await api<{ job: Job }>(`/api/jobs/${DAILY}/resume`, { method: 'POST' });
    expect(resumed.body.job).toMatchObject({ state: 'scheduled', enabled: true });
    expect(jobRequests(`/api/jobs/${DAILY}/pause`)).toHaveLength(1);
    expect(jobRequests(`/api/jobs/${DAILY}/resume`)).toHaveLength(1);
  });

  it('answers 400 for a malformed id or action without asking the gateway', async () => {
    const before = gateway.requests.length;
    const badId = await api('/api/jobs/not-a-job/run', { method: 'POST' });
    expect(badId.status).toBe(400);
    expect(badId.body).toMatchObject({ code: 'bad_request', message: expect.stringMatching(/id: must be a 12-character job id/) });
    expect((await api(`/api/jobs/${DAILY}/delete`, { method: 'POST' })).status).toBe(400);
    expect(gateway.requests.length).toBe(before);
  });

  it('answers 404 for a job the gateway does not have', async () => {
    const { status, body } = await api('/api/jobs/abcdefabcdef/run', { method: 'POST' });
    expect(status).toBe(404);
    expect(body).toMatchObject({ code: 'not_found', message: expect.stringMatching(/no job abcdefabcdef/) });
  });

  it('answers 503 with what to check when the gateway is unreachable', async () => {
    gateway.setScenario({ kind: 'refuse' });
    const { status, body } = await api(`/api/jobs/${DAILY}/pause`, { method: 'POST' });
    expect(status).toBe(503);
    expect(body).toMatchObject({ code: 'gateway_unreachable', message: expect.stringMatching(/unreachable at http:\/\/127\.0\.0\.1:\d+\. Is it running, and is HERMES_API_URL right\?/) });
  });

  it('answers 502 when the gateway fails the request', async () => {
    gateway.setScenario({ kind: 'status', status: 500 });
    const { status, body } = await api(`/api/jobs/${DAILY}/run`, { method: 'POST' });
    expect(status).toBe(502);
    expect(body).toMatchObject({ code: 'gateway_error' });
  });
});
