import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GatewayProbe } from '@/lib/gateway/capabilities';
import { AppError } from '@/lib/http/app-error';
import { cleanupTemp, copyFixture } from '../hermes-home/helpers';

const config = vi.hoisted(() => ({ hermesHome: undefined as string | undefined }));
const probe = vi.hoisted(() => ({ reachable: true, endpoints: {} as GatewayProbe['endpoints'] }));
vi.mock('@/lib/config', () => ({ getConfig: () => config }));
vi.mock('@/lib/gateway/capabilities', () => ({ probeGateway: async () => probe }));

const { getSessionTranscript, listSessionPage, searchSessionMessages } = await import('@/lib/sessions/session-log');

afterEach(() => {
  config.hermesHome = undefined;
  probe.endpoints = {};
  probe.reachable = true;
  cleanupTemp();
});

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('the session log without HERMES_HOME', () => {
  it('says to set HERMES_HOME when the gateway offers no session API either', async () => {
    const error = await failure(listSessionPage({ offset: 0, limit: 10 }));
    expect(error).toMatchObject({ code: 'feature_unavailable', status: 503 });
    expect(error.message).toMatch(/needs HERMES_HOME, which is not set, and this gateway does not offer a session API\. Set HERMES_HOME/);
  });

  it('says the gateway is unreachable rather than blaming its API', async () => {
    probe.reachable = false;
    expect((await failure(getSessionTranscript('x'))).message).toMatch(/gateway is unreachable\. Set HERMES_HOME/);
  });

  it('ignores a half-advertised session API: a list without a messages endpoint is not enough', async () => {
    probe.endpoints = { sessions: { method: 'GET', path: '/api/sessions' } };
    expect((await failure(listSessionPage({ offset: 0, limit: 10 }))).message).toMatch(/does not offer a session API/);
  });

  it('says search needs HERMES_HOME when the sessions come from the gateway', async () => {
    probe.endpoints = { sessions: { method: 'GET', path: '/api/sessions' }, session_messages: { method: 'GET', path: '/api/sessions/{session_id}/messages' } };
    const error = await failure(searchSessionMessages({ q: 'oats', offset: 0, limit: 10 }));
    expect(error).toMatchObject({ code: 'feature_unavailable' });
    expect(error.message).toMatch(/cannot search them\. Set HERMES_HOME/);
  });
});

describe('the session log with HERMES_HOME', () => {
  it('lists, opens and searches through the readers', async () => {
    config.hermesHome = copyFixture();
    expect((await listSessionPage({ source: 'cron', offset: 0, limit: 5 })).total).toBe(13);
    expect((await getSessionTranscript('api-f4bfee8e12e3bdc3')).messages).toHaveLength(8);
    expect((await searchSessionMessages({ q: '黑芝麻', offset: 0, limit: 5 })).hits.length).toBeGreaterThan(0);
  });

  it('answers not_found in the user’s words for an unknown session', async () => {
    config.hermesHome = copyFixture();
    expect(await failure(getSessionTranscript('nope'))).toMatchObject({ code: 'not_found', message: 'No such session.' });
  });
});
