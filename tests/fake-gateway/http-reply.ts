import type { ServerResponse } from 'node:http';
import { pyJson, type JsonValue } from './json';

/** Set by the real gateway's middleware on every non-streaming JSON reply (docs §2.4). */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'X-XSS-Protection': '0',
  'Referrer-Policy': 'no-referrer',
};

/** Headers that precede Content-Type, as in the captures (e.g. X-Hermes-Session-Id). */
export type LeadingHeaders = Readonly<Record<string, string>>;

export function sendJson(res: ServerResponse, status: number, body: JsonValue, leading: LeadingHeaders = {}): void {
  const text = pyJson(body);
  res.writeHead(status, {
    ...leading,
    'Content-Type': 'application/json; charset=utf-8',
    ...SECURITY_HEADERS,
    'Content-Length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}

/** aiohttp's plain-text replies: 404/405 from the router and the 500 page of an unhandled exception. */
function sendText(res: ServerResponse, status: number, text: string, extra: LeadingHeaders = {}): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    ...extra,
    'Content-Length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}

/** The CORS middleware's rejection: a bare status with no body and no other headers. */
export function sendEmpty(res: ServerResponse, status: number): void {
  res.writeHead(status, { 'Content-Length': '0' });
  res.end();
}

export function sendNotFound(res: ServerResponse): void {
  sendText(res, 404, '404: Not Found');
}

export function sendMethodNotAllowed(res: ServerResponse, allowed: readonly string[]): void {
  sendText(res, 405, '405: Method Not Allowed', { Allow: allowed.join(',') });
}

export function sendCrash(res: ServerResponse): void {
  sendText(res, 500, '500 Internal Server Error\n\nServer got itself in trouble');
}
