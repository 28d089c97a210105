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
    const req = client.request(url, { method: 'POST', headers, signal: post.signal, timeout: post.timeoutMs, agent: secure ? KEEP_ALIVE.https : KEEP_ALIVE.http });
    req.setNoDelay(true);
    req.on('timeout', () => req.destroy(new AppError('gateway_unreachable', `The Hermes gateway at ${target.url} did not answer within ${Math.round(post.timeoutMs / 1000)} s.`)));
    req.on('error', (error) => {
      if (post.signal.aborted || error instanceof AppError) reject(error);
      else reject(new AppError('gateway_unreachable', `The Hermes gateway is unreachable at ${target.url}. Is it running, and is HERMES_API_URL right?`, { cause: error }));
    });
    req.on('response', (res) => {
      req.setTimeout(0);
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
