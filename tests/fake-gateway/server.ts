import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isAuthorized } from './auth';
import type { GatewayState, RecordedRequest, RequestContext } from './context';
import { invalidApiKeyError, openAiError } from './errors';
import { sendStatusFault } from './faults';
import { sendCrash, sendEmpty, sendJson, sendMethodNotAllowed, sendNotFound } from './http-reply';
import { CONTROL_PREFIX, matchRoute } from './routes';

/** The gateway's MAX_REQUEST_BYTES: larger declared bodies get 413 before anything is read. */
export const MAX_REQUEST_BYTES = 10_000_000;

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** Oldest recorded requests are dropped past this, so a long demo run cannot hoard image uploads. */
const MAX_RECORDED_REQUESTS = 1000;

function recordHeaders(req: IncomingMessage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]),
  );
}

/** The body as text, or null when it ran past the limit or the client left before sending it all. */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_REQUEST_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size <= MAX_REQUEST_BYTES ? Buffer.concat(chunks).toString('utf8') : null));
    req.on('close', () => resolve(null));
  });
}

async function handleRequest(state: GatewayState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? 'GET';
  const url = new URL(req.url ?? '/', 'http://fake-gateway.invalid');
  const isControl = url.pathname.startsWith(CONTROL_PREFIX);
  const record: RecordedRequest = { method, path: req.url ?? '/', headers: recordHeaders(req), body: '', aborted: false };
  if (!isControl) {
    state.requests.push(record);
    if (state.requests.length > MAX_RECORDED_REQUESTS) state.requests.shift();
  }

  let cutByServer = false;
  const closed = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished && !cutByServer) record.aborted = true;
    closed.abort();
  });
  const cutConnection = (): void => {
    cutByServer = true;
    // Ending the socket delivers what was written, then closes without the final chunk.
    req.socket.end();
  };

  if (!isControl && state.scenario.kind === 'refuse') {
    cutByServer = true;
    // A TCP reset is the closest a listening server gets to "connection refused".
    req.socket.resetAndDestroy();
    return;
  }
  // The CORS allow-list is empty: any browser Origin, and any preflight, gets a bare 403.
  if (!isControl && (req.headers.origin || method === 'OPTIONS')) {
    sendEmpty(res, 403);
    return;
  }
  if (BODY_METHODS.has(method) && Number(req.headers['content-length'] ?? 0) > MAX_REQUEST_BYTES) {
    sendJson(res, 413, openAiError('Request body too large.', { code: 'body_too_large' }));
    return;
  }

  const body = await readBody(req);
  record.body = body ?? '';
  if (res.destroyed) return;

  if (!isControl && state.scenario.kind === 'status') {
    sendStatusFault(res, state.scenario.status, url.pathname);
    return;
  }

  const match = matchRoute(method, url.pathname);
  if (match.kind === 'not_found') return sendNotFound(res);
  if (match.kind === 'method_not_allowed') return sendMethodNotAllowed(res, match.allowed);
  if (match.auth && !isAuthorized(req.headers, state.apiKey)) return sendJson(res, 401, invalidApiKeyError());

  const ctx: RequestContext = { req, res, url, params: match.params, body, state, signal: closed.signal, cutConnection };
  try {
    await match.handler(ctx);
  } catch (error) {
    // An unhandled exception in a real handler becomes aiohttp's plain 500 page.
    console.error('fake hermes gateway: handler failed', error);
    if (!res.headersSent) sendCrash(res);
    else res.destroy();
  }
}

export function createGatewayServer(state: GatewayState): Server {
  return createServer((req, res) => {
    void handleRequest(state, req, res);
  });
}
