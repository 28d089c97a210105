import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const KEYS_FILE = 'vapid-keys.json';

const keysSchema = z.object({
  /** Uncompressed P-256 public point, base64url (65 bytes): the browser's applicationServerKey. */
  publicKey: z.string().regex(/^[A-Za-z0-9_-]{87}$/),
  /** The private scalar, base64url (32 bytes). */
  privateKey: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});

export type VapidKeys = z.infer<typeof keysSchema>;

/** A new P-256 pair in the encoding web-push and the browser expect (RFC 8292 keys, base64url). */
function generateKeys(): VapidKeys {
  const ecdh = crypto.createECDH('prime256v1');
  ecdh.generateKeys();
  const scalar = ecdh.getPrivateKey();
  // The scalar comes back without its leading zero bytes; the key is always the full 32.
  const privateKey = Buffer.concat([Buffer.alloc(32 - scalar.length), scalar]);
  return { publicKey: ecdh.getPublicKey().toString('base64url'), privateKey: privateKey.toString('base64url') };
}

function read(file: string): VapidKeys {
  const parsed = keysSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a VAPID key pair; delete it to generate a new one (every device then has to turn notifications on again).`);
  return parsed.data;
}

/**
 * Paddock's VAPID key pair, generated once into DATA_DIR/vapid-keys.json (mode 0600) and read from
 * there afterwards. The key must not change: every subscription is bound to it, so a new pair would
 * silently cut off every device. Throws when the file exists but is unusable.
 */
export function ensureVapidKeys(dataDir: string): VapidKeys {
  const file = path.join(dataDir, KEYS_FILE);
  try {
    return read(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const keys = generateKeys();
  try {
    fs.writeFileSync(file, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    return keys;
  } catch (error) {
    // Another process won the race to create it: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return read(file);
    throw error;
  }
}
