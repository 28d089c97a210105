import crypto from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { Config } from '@/lib/config';
import { decideRequest, type GuardVerdict } from '@/lib/auth/request-guard';
import { SessionCheckCache } from '@/lib/auth/session-cache';
import { readCookie, SESSION_COOKIE } from '@/lib/auth/session';
import { API_CONTENT_SECURITY_POLICY, BASE_SECURITY_HEADERS, contentSecurityPolicy } from '@/lib/http/security-headers';
import { CLIENT_IP_HEADER, HTTPS_HEADER } from '@/lib/http/forwarded';

const LOOPBACK_PEERS = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Client address and scheme as seen by Paddock; X-Forwarded-* only from a loopback proxy with TRUST_PROXY. */
function clientFacts(req: IncomingMessage, config: Config): { ip: string; https: boolean } {
  const peer = req.socket.remoteAddress ?? 'unknown';
  const tls = Boolean((req.socket as TLSSocket).encrypted);
  if (!config.trustProxy || !LOOPBACK_PEERS.has(peer)) return { ip: peer, https: tls };
  const forwardedFor = firstHeader(req.headers['x-forwarded-for'])?.split(',')[0]?.trim();
  const forwardedProto = firstHeader(req.headers['x-forwarded-proto'])?.split(',')[0]?.trim();
  return { ip: forwardedFor || peer, https: tls || forwardedProto === 'https' };
}

function pathOf(req: IncomingMessage): { pathname: string; search: string } | undefined {
  try {
    const url = new URL(req.url ?? '/', 'http://paddock.invalid');
    return { pathname: decodeURIComponent(url.pathname), search: url.search };
  } catch {
    return undefined;
  }
}

export interface Guard {
  /**
   * Decides, and on allow stamps the request with trusted client facts. Synchronous when the
   * session cookie was verified recently (nearly every request): a promise here is one more hop,
   * and under Next's async hooks a measurable one, before a chat turn reaches the gateway.
   */
  check(req: IncomingMessage, isUpgrade: boolean): GuardVerdict | Promise<GuardVerdict>;
  /** Sets the security headers on a response the guard allowed. */
  decorate(req: IncomingMessage, res: ServerResponse): void;
}

export function createGuard(config: Config, secret: string): Guard {
  const sessions = config.password ? new SessionCheckCache({ secret, password: config.password }) : undefined;
  const decide = (req: IncomingMessage, where: { pathname: string; search: string }, isUpgrade: boolean, authenticated: boolean): GuardVerdict => {
    const verdict = decideRequest(
      {
        method: req.method ?? 'GET',
        ...where,
        host: req.headers.host,
        origin: firstHeader(req.headers.origin),
        secFetchSite: firstHeader(req.headers['sec-fetch-site']),
        accept: req.headers.accept,
        isUpgrade,
        authenticated,
      },
      config.allowedHosts,
    );
    if (verdict.action === 'allow' && req.method === 'POST' && where.pathname === '/api/auth/logout') sessions?.clear();
    // Headers a client could forge are replaced with what the socket says.
    const facts = clientFacts(req, config);
    req.headers[CLIENT_IP_HEADER] = facts.ip;
    req.headers[HTTPS_HEADER] = facts.https ? '1' : '0';
    return verdict;
  };
  return {
    check(req, isUpgrade) {
      const where = pathOf(req);
      if (!where) return { action: 'reject', status: 400, code: 'bad_request', message: 'Malformed URL.' };
      if (!sessions) return decide(req, where, isUpgrade, true);
      const sealed = readCookie(req.headers.cookie, SESSION_COOKIE);
      if (sessions.isKnownValid(sealed)) return decide(req, where, isUpgrade, true);
      return sessions.isValid(sealed).then((authenticated) => decide(req, where, isUpgrade, authenticated));
    },
    decorate(req, res) {
      const api = (req.url ?? '').startsWith('/api/');
      if (api) res.setHeader('Content-Security-Policy', API_CONTENT_SECURITY_POLICY);
      else {
        const csp = contentSecurityPolicy(crypto.randomBytes(16).toString('base64'), config.dev);
        // Next reads the nonce from the request's CSP header and stamps it on its own scripts.
        req.headers['content-security-policy'] = csp;
        res.setHeader('Content-Security-Policy', csp);
      }
      for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) res.setHeader(name, value);
      if (req.headers[HTTPS_HEADER] === '1') res.setHeader('Strict-Transport-Security', 'max-age=31536000');
      if (api) defaultNoStore(res);
    },
  };
}

/**
 * API replies are `no-store` unless the route chose its own policy (ETag'd reads say
 * `private, no-cache`). Set just before the head is written, because Next keeps a header that is
 * already set. Streaming routes add `no-transform` themselves, which keeps gzip off their events.
 */
function defaultNoStore(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    if (!res.hasHeader('Cache-Control')) res.setHeader('Cache-Control', 'no-store');
    return writeHead(...args);
  }) as ServerResponse['writeHead'];
}

/** Writes a refusal for a plain HTTP request: JSON `{ code, message }` or a redirect. */
export function writeVerdict(res: ServerResponse, verdict: Exclude<GuardVerdict, { action: 'allow' }>): void {
  for (const [name, value] of Object.entries(BASE_SECURITY_HEADERS)) res.setHeader(name, value);
  res.setHeader('Cache-Control', 'no-store');
  if (verdict.action === 'redirect') {
    res.writeHead(303, { Location: verdict.location }).end();
    return;
  }
  res.writeHead(verdict.status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ code: verdict.code, message: verdict.message }));
}
