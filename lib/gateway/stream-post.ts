import http from 'node:http';
import https from 'node:https';
import { AppError } from '@/lib/http/app-error';
import { gatewayFailure, type GatewayTarget } from './client';

/**
 * Connections to the gateway are reused between turns: opening one costs a round trip (and a TLS
 * handshake when the gateway is remote) before each answer can start.
 */
const KEEP_ALIVE = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

export interface StreamPost {
  path: string;
  body: unknown;
  headers: Record<string, string>;
  signal: AbortSignal;
  /** Until the response headers arrive. */
  timeoutMs: number;
}

/**
 * POSTs JSON to the gateway and resolves with the raw Node response once it is 200. Streams use
 * node:http rather than fetch: every byte of every answer passes here, and skipping fetch's web
 * stream layer takes a measurable share off the delay Paddock adds to each token (bench/stream).
 * Errors map like gatewayFetch: unreachable, rejected key, or the gateway's own reason.
 */
export function postForStream(post: StreamPost, target: GatewayTarget): Promise<http.IncomingMessage> {
  const url = new URL(post.path, `${target.url}/`);
  const payload = JSON.stringify(post.body);
  const headers: Record<string, string> = { ...post.headers, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(payload)) };
  if (target.key) headers.Authorization = `Bearer ${target.key}`;
  const secure = url.protocol === 'https:';
  const client = secure ? https : http;
  return new Promise((resolve, reject) => {
    // The abort and the wait for headers are wired by hand rather than with request()'s `signal` and
    // `timeout` options: those cost a measurable share of the time before the gateway is called
    // (bench/stream), and the socket timeout would be re-armed on every token that follows.
    const req = client.request(url, { method: 'POST', headers, agent: secure ? KEEP_ALIVE.https : KEEP_ALIVE.http });
    const abort = () => req.destroy(new DOMException('The chat turn was stopped.', 'AbortError'));
    if (post.signal.aborted) abort();
    else post.signal.addEventListener('abort', abort, { once: true });
    req.once('close', () => post.signal.removeEventListener('abort', abort));
    const noAnswer = setTimeout(
      () => req.destroy(new AppError('gateway_unreachable', `The Hermes gateway at ${target.url} did not answer within ${Math.round(post.timeoutMs / 1000)} s.`)),
      post.timeoutMs,
    );
    req.setNoDelay(true);
    req.on('error', (error) => {
      clearTimeout(noAnswer);
      if (post.signal.aborted || error instanceof AppError) reject(error);
      else reject(new AppError('gateway_unreachable', `The Hermes gateway is unreachable at ${target.url}. Is it running, and is HERMES_API_URL right?`, { cause: error }));
    });
    req.on('response', (res) => {
      clearTimeout(noAnswer);
      const status = res.statusCode ?? 0;
      if (status === 200) return resolve(res);
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        if (status === 401) {
          reject(new AppError('gateway_rejected_key', "The Hermes gateway rejected the API key. Check that HERMES_API_KEY matches the gateway's API_SERVER_KEY."));
          return;
        }
        void gatewayFailure(new Response(Buffer.concat(chunks), { status }), 'the chat message').then(reject, reject);
      });
    });
    req.end(payload);
  });
}
