/**
 * A stand-in push service for tests: an HTTPS server on 127.0.0.1 that receives what Paddock sends
 * to a subscription's endpoint, plus the subscriber's side of Web Push written from the RFCs with
 * node:crypto alone: checking the VAPID JWT (RFC 8292) and decrypting the aes128gcm body (RFC 8291
 * over RFC 8188). Nothing here reaches the internet.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface PushSubscriber {
  /** The browser's ECDH key pair (P-256) and auth secret, as a real subscription holds them. */
  ecdh: crypto.ECDH;
  auth: Buffer;
  /** What the browser would send to Paddock: PushSubscription.toJSON() for `endpoint`. */
  toJSON(endpoint: string): { endpoint: string; keys: { p256dh: string; auth: string } };
}

export function createSubscriber(): PushSubscriber {
  const ecdh = crypto.createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = crypto.randomBytes(16);
  return {
    ecdh,
    auth,
    toJSON: (endpoint) => ({ endpoint, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') } }),
  };
}

export interface ReceivedPush {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export interface PushEndpoint {
  origin: string;
  /** The status the next requests are answered with (201 Created by default, 410 Gone for an expired subscription). */
  answerWith(status: number): void;
  received: ReceivedPush[];
  /** Resolves with the next request to arrive (or one that arrived since the last call), rejecting after `timeoutMs`. */
  next(timeoutMs?: number): Promise<ReceivedPush>;
  close(): Promise<void>;
}

/** A self-signed certificate for IP 127.0.0.1; pass `cert` to Paddock as NODE_EXTRA_CA_CERTS so it trusts the endpoint. */
export function selfSignedCert(dir: string): { cert: string; key: string } {
  const cert = path.join(dir, 'push.crt');
  const key = path.join(dir, 'push.key');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  return { cert, key };
}

export async function startPushEndpoint(tls: { cert: string; key: string }): Promise<PushEndpoint> {
  let status = 201;
  const received: ReceivedPush[] = [];
  let taken = 0;
  const waiters: (() => void)[] = [];
  const server = https.createServer({ cert: fs.readFileSync(tls.cert), key: fs.readFileSync(tls.key) }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(status).end();
      for (const wake of waiters.splice(0)) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://127.0.0.1:${port}`,
    received,
    answerWith: (s) => (status = s),
    async next(timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length <= taken) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error('no push request arrived in time');
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return received[taken++] as ReceivedPush;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface VapidClaims {
  aud: string;
  exp: number;
  sub: string;
}

function b64json(part: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** A KeyObject for an uncompressed P-256 point (0x04 || x || y). */
function p256PublicKey(point: Buffer): crypto.KeyObject {
  if (point.length !== 65 || point[0] !== 0x04) throw new Error('not an uncompressed P-256 point');
  return crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: point.subarray(1, 33).toString('base64url'), y: point.subarray(33).toString('base64url') }, format: 'jwk' });
}

/**
 * Checks `Authorization: vapid t=<jwt>, k=<key>` the way a push service does: ES256 signature
 * verified with k, aud = the endpoint's origin, exp in the future and at most 24 h away, sub set.
 * Returns the claims and k; throws with the reason otherwise.
 */
export function verifyVapid(authorization: string | undefined, endpointOrigin: string): { claims: VapidClaims; publicKey: string } {
  const m = /^vapid t=([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+),\s*k=([A-Za-z0-9_-]+)$/.exec(authorization ?? '');
  if (!m?.[1] || !m[2]) throw new Error(`not a VAPID Authorization header: ${authorization}`);
  const [header = '', payload = '', signature = ''] = m[1].split('.');
  const head = b64json(header);
  if (head.alg !== 'ES256') throw new Error(`JWT alg is ${String(head.alg)}, not ES256`);
  const valid = crypto.verify('sha256', Buffer.from(`${header}.${payload}`), { key: p256PublicKey(Buffer.from(m[2], 'base64url')), dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
  if (!valid) throw new Error('JWT signature does not verify with k');
  const claims = b64json(payload);
  const now = Math.floor(Date.now() / 1000);
  if (claims.aud !== endpointOrigin) throw new Error(`aud ${String(claims.aud)} is not ${endpointOrigin}`);
  if (typeof claims.exp !== 'number' || claims.exp <= now || claims.exp > now + 24 * 3600) throw new Error(`exp ${String(claims.exp)} is not within the next 24 hours`);
  if (typeof claims.sub !== 'string' || claims.sub === '') throw new Error('sub is missing');
  return { claims: { aud: claims.aud, exp: claims.exp, sub: claims.sub }, publicKey: m[2] };
}

function hkdf(salt: Buffer, ikm: Buffer, info: Buffer, length: number): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', ikm, salt, info, length));
}

/**
 * Decrypts an aes128gcm Web Push body with the subscriber's keys (RFC 8291 §3.4, RFC 8188 §2): the
 * header carries salt, record size and the sender's ECDH key; ECDH + HKDF give the IKM, from which
 * come the content key and nonce. Expects the single record Web Push uses; returns the plaintext.
 */
export function decryptAes128gcm(body: Buffer, subscriber: PushSubscriber): Buffer {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body.readUInt8(20);
  const asPublic = body.subarray(21, 21 + idLength);
  const record = body.subarray(21 + idLength);
  if (record.length > recordSize) throw new Error('more than one record');
  const uaPublic = subscriber.ecdh.getPublicKey();
  const ecdhSecret = subscriber.ecdh.computeSecret(asPublic);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), uaPublic, asPublic]);
  const ikm = hkdf(subscriber.auth, ecdhSecret, keyInfo, 32);
  const cek = hkdf(salt, ikm, Buffer.from('Content-Encoding: aes128gcm\0'), 16);
  const nonce = hkdf(salt, ikm, Buffer.from('Content-Encoding: nonce\0'), 12);
  const decipher = crypto.createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  // The last record ends with the delimiter 0x02, then optional zero padding.
  let end = padded.length;
  while (end > 0 && padded[end - 1] === 0) end--;
  if (padded[end - 1] !== 0x02) throw new Error('no last-record padding delimiter');
  return padded.subarray(0, end - 1);
}
