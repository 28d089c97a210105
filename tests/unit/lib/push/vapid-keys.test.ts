import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureVapidKeys } from '@/lib/push/vapid-keys';

let dir: string;
beforeEach(() => {
  dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-vapid-')), 'data');
});
afterEach(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

describe('ensureVapidKeys', () => {
  it('generates a P-256 key pair once into DATA_DIR, readable by the owner only', () => {
    const keys = ensureVapidKeys(dir);
    const file = path.join(dir, 'vapid-keys.json');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const publicKey = Buffer.from(keys.publicKey, 'base64url');
    expect(publicKey).toHaveLength(65);
    expect(publicKey[0]).toBe(0x04);
    // The private scalar really belongs to the public point.
    const ecdh = crypto.createECDH('prime256v1');
    ecdh.setPrivateKey(Buffer.from(keys.privateKey, 'base64url'));
    expect(ecdh.getPublicKey().equals(publicKey)).toBe(true);
  });

  it('returns the same keys on every later call', () => {
    const first = ensureVapidKeys(dir);
    expect(ensureVapidKeys(dir)).toEqual(first);
  });

  it('refuses a damaged key file instead of silently replacing the keys every device is bound to', () => {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'vapid-keys.json'), JSON.stringify({ publicKey: 'short', privateKey: 'short' }));
    expect(() => ensureVapidKeys(dir)).toThrow(/not a VAPID key pair/);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'vapid-keys.json'), 'utf8'))).toEqual({ publicKey: 'short', privateKey: 'short' });
  });
});
