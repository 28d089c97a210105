import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPaddock, TEST_PASSWORD, type PaddockServer } from '../../support/paddock-server';

interface Pair {
  cert: string;
  key: string;
  fingerprint: string;
}

/** A fresh self-signed certificate for 127.0.0.1, as `tailscale cert` would write for the tailnet name. */
function selfSigned(dir: string, name: string): Pair {
  const cert = path.join(dir, `${name}.crt`);
  const key = path.join(dir, `${name}.key`);
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', `/CN=${name}`, '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  return { cert, key, fingerprint: new crypto.X509Certificate(fs.readFileSync(cert)).fingerprint256 };
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  fingerprint: string;
}

/** One request on a new TLS connection (no keep-alive), so each call sees the certificate served now. */
function request(port: number, pathname: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = https.request({ host: '127.0.0.1', port, path: pathname, method: init.method ?? 'GET', headers: init.headers, agent: false, rejectUnauthorized: false }, (res) => {
      const fingerprint = (res.socket as TLSSocket).getPeerX509Certificate()?.fingerprint256 ?? '';
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, fingerprint }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

let dir: string;
let live: { cert: string; key: string };
let first: Pair;
let server: PaddockServer;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-tls-'));
  first = selfSigned(dir, 'first');
  live = { cert: path.join(dir, 'live.crt'), key: path.join(dir, 'live.key') };
  fs.copyFileSync(first.cert, live.cert);
  fs.copyFileSync(first.key, live.key);
  server = await startPaddock({ TLS_CERT_FILE: live.cert, TLS_KEY_FILE: live.key, TLS_RELOAD_POLL_MS: '100', HERMES_API_URL: 'http://127.0.0.1:9' });
});

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('HTTPS from TLS_CERT_FILE and TLS_KEY_FILE', () => {
  it('answers over HTTPS with the configured certificate and HSTS', async () => {
    expect(server.output()).toMatch(/listening on https:\/\//);
    const reply = await request(server.port, '/api/health');
    expect(reply.status).toBe(200);
    expect(reply.fingerprint).toBe(first.fingerprint);
    expect(reply.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });

  it('sets the session cookie Secure when logging in over HTTPS', async () => {
    const reply = await request(server.port, '/api/auth/login', {
      method: 'POST',
      body: new URLSearchParams({ password: TEST_PASSWORD }).toString(),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(reply.status).toBe(303);
    const cookie = [reply.headers['set-cookie'] ?? []].flat().join('\n');
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
  });

  it('serves a renewed certificate without a restart', async () => {
    const renewed = selfSigned(dir, 'renewed');
    expect(renewed.fingerprint).not.toBe(first.fingerprint);
    // `tailscale cert` rewrites both files in place, one after the other.
    fs.copyFileSync(renewed.key, live.key);
    fs.copyFileSync(renewed.cert, live.cert);
    await expect.poll(async () => (await request(server.port, '/api/health')).fingerprint, { timeout: 10_000, interval: 100 }).toBe(renewed.fingerprint);
    expect(server.output()).toMatch(/TLS certificate reloaded/);
    const pid = server.pid;
    expect(() => process.kill(pid, 0)).not.toThrow();
  });
});
