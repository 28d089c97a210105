import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../../support/api-client';
import { copyFixtureHome, login, startPaddock, type PaddockServer } from '../../support/paddock-server';
import { createSubscriber, decryptAes128gcm, selfSignedCert, startPushEndpoint, verifyVapid, type PushEndpoint, type ReceivedPush } from '../../support/push-endpoint';

const DAILY = '50b370ec83f5';
const HEARTBEAT = 'dcf4c3efe485';

let dir: string;
let home: string;
let endpoint: PushEndpoint;
let server: PaddockServer;
let api: ReturnType<typeof apiClient>;
let serverKey: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-push-'));
  const tls = selfSignedCert(dir);
  endpoint = await startPushEndpoint(tls);
  home = copyFixtureHome();
  // NODE_EXTRA_CA_CERTS is Node's own: Paddock trusts the stand-in push service like a real one.
  server = await startPaddock({ HERMES_HOME: home, HERMES_API_URL: 'http://127.0.0.1:9', PUSH_POLL_MS: '100', NODE_EXTRA_CA_CERTS: tls.cert });
  api = apiClient(server, await login(server));
  serverKey = (await api<{ publicKey: string }>('/api/push/key')).body.publicKey;
});

afterAll(async () => {
  await server?.stop();
  await endpoint?.close();
  fs.rmSync(dir, { recursive: true, force: true });
  if (home) fs.rmSync(home, { recursive: true, force: true });
});

function dropRun(stamp: string, response: string, job = { id: DAILY, name: 'daily-review' }): void {
  const file = path.join(home, 'cron/output', job.id, `${stamp}.md`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `# Cron Job: ${job.name}\n\n**Job ID:** ${job.id}\n**Schedule:** 0 8 * * *\n\n## Prompt\n\nWrite the review.\n\n## Response\n\n${response}\n`);
}

/** Checks the request as a push service would and decrypts it as the browser would. */
function open(push: ReceivedPush, subscriber: ReturnType<typeof createSubscriber>): Record<string, unknown> {
  expect(push.headers['content-encoding']).toBe('aes128gcm');
  expect(Number(push.headers.ttl)).toBeGreaterThan(0);
  const vapid = verifyVapid(push.headers.authorization as string | undefined, endpoint.origin);
  expect(vapid.publicKey).toBe(serverKey);
  expect(vapid.claims.sub).toMatch(/^(mailto:|https:)/);
  return JSON.parse(decryptAes128gcm(push.body, subscriber).toString('utf8')) as Record<string, unknown>;
}

describe('Web Push end to end, against a local push service', () => {
  const phone = createSubscriber();
  const phoneEndpoint = () => `${endpoint.origin}/push/phone`;

  it('stores a subscription sent from Settings', async () => {
    const reply = await api('/api/push/subscribe', { json: phone.toJSON(phoneEndpoint()) });
    expect(reply).toEqual({ status: 200, body: { created: true, device: 'Unknown device' } });
    const again = await api('/api/push/subscribe', { json: phone.toJSON(phoneEndpoint()) });
    expect(again.body).toMatchObject({ created: false });
    expect((await api<{ devices: { endpoint: string }[] }>('/api/push/devices')).body.devices.map((d) => d.endpoint)).toEqual([phoneEndpoint()]);
  });

  it('answers 400 for a malformed subscription and stores nothing', async () => {
    const good = phone.toJSON(`${endpoint.origin}/push/other`);
    const bad = [
      { ...good, endpoint: 'http://127.0.0.1/push/plain-http' },
      { ...good, keys: { ...good.keys, auth: 'c2hvcnQ' } },
      { ...good, keys: { ...good.keys, p256dh: Buffer.alloc(65, 1).toString('base64url') } },
      { endpoint: good.endpoint },
    ];
    for (const json of bad) {
      const reply = await api('/api/push/subscribe', { json });
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ code: 'bad_request' });
    }
    expect((await api('/api/push/subscribe', { body: 'not json', contentType: 'application/json' })).status).toBe(400);
    expect((await api<{ devices: unknown[] }>('/api/push/devices')).body.devices).toHaveLength(1);
  });

  it('pushes "<job> is ready" with a deep link when a new run file appears, readable only with the subscription keys', async () => {
    dropRun('2026-11-24_08-00-33', '# Monday review\n\nAll shelves stocked.');
    const push = await endpoint.next();
    expect(push.path).toBe('/push/phone');
    const message = open(push, phone);
    expect(message).toMatchObject({ title: 'daily-review is ready', body: 'Monday review', url: `/reviews/${DAILY}/2026-11-24_08-00-33` });
    expect(message.unread).toEqual(expect.any(Number));
  });

  it('turns a job off and on: a muted job sends nothing', async () => {
    expect((await api(`/api/push/jobs/${DAILY}`, { method: 'PUT', json: { notify: 'no' } })).status).toBe(400);
    expect((await api('/api/push/jobs/000000000000', { method: 'PUT', json: { notify: false } })).status).toBe(404);
    expect((await api(`/api/push/jobs/${DAILY}`, { method: 'PUT', json: { notify: false } })).body).toEqual({ job: { id: DAILY, name: 'daily-review', notify: false } });
    const jobs = await api<{ jobs: { id: string; notify: boolean }[] }>('/api/push/jobs');
    expect(jobs.body.jobs.find((j) => j.id === DAILY)?.notify).toBe(false);
    // Runs are announced oldest first, so once the later heartbeat run arrives the muted one was passed over.
    dropRun('2026-11-25_08-00-33', 'Muted.');
    dropRun('2026-11-25_08-30-00', 'The printer is offline.', { id: HEARTBEAT, name: 'heartbeat' });
    expect(open(await endpoint.next(), phone)).toMatchObject({ title: 'heartbeat is ready', body: 'The printer is offline.' });
    await api(`/api/push/jobs/${DAILY}`, { method: 'PUT', json: { notify: true } });
    dropRun('2026-11-26_08-00-33', 'Back on.');
    expect(open(await endpoint.next(), phone)).toMatchObject({ body: 'Back on.', url: `/reviews/${DAILY}/2026-11-26_08-00-33` });
  });

  it('sends the test notification to the device that asks', async () => {
    const reply = await api('/api/push/test', { json: { endpoint: phoneEndpoint() } });
    expect(reply).toEqual({ status: 200, body: { outcome: 'sent' } });
    expect(open(await endpoint.next(), phone)).toMatchObject({ title: 'Paddock notifications work', url: '/settings' });
    expect((await api('/api/push/test', { json: { endpoint: `${endpoint.origin}/push/unknown` } })).status).toBe(404);
  });

  it('drops the subscription when the push service answers 410 Gone', async () => {
    endpoint.answerWith(410);
    dropRun('2026-11-27_08-00-33', 'Nobody is listening.');
    await endpoint.next();
    await expect.poll(async () => (await api<{ devices: unknown[] }>('/api/push/devices')).body.devices, { timeout: 10_000 }).toEqual([]);
    expect((await api('/api/push/test', { json: { endpoint: phoneEndpoint() } })).status).toBe(404);
    endpoint.answerWith(201);
  });

  it('forgets a device that turns notifications off', async () => {
    const mac = createSubscriber();
    const macEndpoint = `${endpoint.origin}/push/mac`;
    await api('/api/push/subscribe', { json: mac.toJSON(macEndpoint) });
    expect((await api('/api/push/unsubscribe', { json: { endpoint: macEndpoint } })).body).toEqual({ removed: true });
    expect((await api('/api/push/unsubscribe', { json: { endpoint: 'nope' } })).status).toBe(400);
    expect((await api<{ devices: unknown[] }>('/api/push/devices')).body.devices).toEqual([]);
  });
});
