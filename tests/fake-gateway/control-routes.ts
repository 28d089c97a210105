import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import type { RequestContext } from './context';
import { scenarioSchema } from './scenario';

// Fake-only controls under /__fake/*, for a fake running in another process (the demo, e2e
// tests). They need no auth, are never recorded, and ignore scenarios. They do not imitate the
// gateway, so they answer with plain JSON.stringify.

function sendControlJson(res: ServerResponse, status: number, value: unknown): void {
  const text = JSON.stringify(value);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(text)) });
  res.end(text);
}

export function handleGetScenario({ res, state }: RequestContext): void {
  sendControlJson(res, 200, { scenario: state.scenario });
}

export function handleSetScenario({ res, state, body }: RequestContext): void {
  let value: unknown;
  try {
    value = JSON.parse(body ?? '');
  } catch {
    sendControlJson(res, 400, { error: 'body must be JSON' });
    return;
  }
  const parsed = scenarioSchema.safeParse(value);
  if (!parsed.success) {
    sendControlJson(res, 400, { error: z.prettifyError(parsed.error) });
    return;
  }
  state.scenario = parsed.data;
  sendControlJson(res, 200, { scenario: parsed.data });
}

export function handleListRequests({ res, state }: RequestContext): void {
  sendControlJson(res, 200, { requests: state.requests });
}

export function handleClearRequests({ res, state }: RequestContext): void {
  state.requests.length = 0;
  sendControlJson(res, 200, { ok: true });
}

export function handleGetSession({ res, state, params }: RequestContext): void {
  const sessionId = decodeURIComponent(params[0] ?? '');
  sendControlJson(res, 200, { session_id: sessionId, messages: state.sessions.history(sessionId) });
}
