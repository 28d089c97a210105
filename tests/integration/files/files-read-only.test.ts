import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileDoc } from '@/lib/files/types';
import { apiClient } from '../../support/api-client';
import { copyFixtureHome, login, startPaddock, type PaddockServer } from '../../support/paddock-server';

let home: string;
let server: PaddockServer;
let bare: PaddockServer;
let api: ReturnType<typeof apiClient>;

beforeAll(async () => {
  home = copyFixtureHome();
  server = await startPaddock({ HERMES_API_URL: 'http://127.0.0.1:9', HERMES_HOME: home });
  bare = await startPaddock({ HERMES_API_URL: 'http://127.0.0.1:9' });
  api = apiClient(server, await login(server));
});
afterAll(async () => {
  await server?.stop();
  await bare?.stop();
  fs.rmSync(home, { recursive: true, force: true });
});

describe('without FILES_WRITABLE', () => {
  it('serves files read-only and says how to allow edits', async () => {
    const { status, body } = await api<FileDoc>('/api/files/content?path=config.yaml');
    expect(status).toBe(200);
    expect(body.editable).toEqual({ writable: false, reason: expect.stringMatching(/FILES_WRITABLE=1/) });
  });

  it('refuses saves with 403 and leaves the file alone', async () => {
    const { body: doc } = await api<FileDoc>('/api/files/content?path=config.yaml');
    const reply = await api('/api/files/content', { method: 'PUT', json: { path: 'config.yaml', content: 'x: 1\n', base: doc.version } });
    expect(reply.status).toBe(403);
    expect(reply.body).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/FILES_WRITABLE=1/) });
    expect(fs.readFileSync(`${home}/config.yaml`, 'utf8')).toBe(doc.content);
  });
});

describe('without HERMES_HOME or FILES_ROOT', () => {
  it('answers 503 naming what to set', async () => {
    const reply = await apiClient(bare, await login(bare))('/api/files/list');
    expect(reply.status).toBe(503);
    expect(reply.body).toMatchObject({ code: 'feature_unavailable', message: expect.stringMatching(/HERMES_HOME/) });
  });
});
