import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { getConfig } from '@/lib/config';
import { AppError } from '@/lib/http/app-error';
import { openStore } from './db';

/** The browser downscales to 2048 px JPEG (well under 2 MB); this cap only stops abuse. */
export const MAX_UPLOAD_BYTES = 8_000_000;

const SIGNATURES: readonly { mime: string; ext: string; test: (b: Buffer) => boolean }[] = [
  { mime: 'image/jpeg', ext: 'jpg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { mime: 'image/png', ext: 'png', test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { mime: 'image/webp', ext: 'webp', test: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { mime: 'image/gif', ext: 'gif', test: (b) => b.subarray(0, 4).toString('latin1') === 'GIF8' },
];

export const uploadIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function uploadsDir(): string {
  return path.join(getConfig().dataDir, 'uploads');
}

export interface StoredUpload {
  id: string;
  mime: string;
  bytes: number;
}

/** Keeps an image the user attached, identified by its content (not its claimed type). Throws AppError 400/413. */
export function saveUpload(data: Buffer): StoredUpload {
  if (data.length === 0) throw new AppError('bad_request', 'The photo is empty.');
  if (data.length > MAX_UPLOAD_BYTES) throw new AppError('too_large', `The photo is ${(data.length / 1e6).toFixed(1)} MB; the limit is ${MAX_UPLOAD_BYTES / 1e6} MB.`);
  const kind = SIGNATURES.find((s) => s.test(data));
  if (!kind) throw new AppError('bad_request', 'That file is not a JPEG, PNG, WebP or GIF image.');
  const id = crypto.randomUUID();
  fs.mkdirSync(uploadsDir(), { recursive: true });
  fs.writeFileSync(path.join(uploadsDir(), `${id}.${kind.ext}`), data, { mode: 0o600 });
  openStore().prepare('INSERT INTO uploads (id, mime, bytes, created_at) VALUES (?, ?, ?, ?)').run(id, kind.mime, data.length, Date.now());
  return { id, mime: kind.mime, bytes: data.length };
}

/** Reads a stored image back; throws AppError not_found for unknown or malformed ids. */
export function readUpload(id: string): { mime: string; data: Buffer } {
  if (!uploadIdPattern.test(id)) throw new AppError('not_found', 'No such photo.');
  const row = openStore().prepare('SELECT mime FROM uploads WHERE id = ?').get(id) as { mime: string } | undefined;
  const kind = row && SIGNATURES.find((s) => s.mime === row.mime);
  if (!row || !kind) throw new AppError('not_found', 'No such photo.');
  return { mime: row.mime, data: fs.readFileSync(path.join(uploadsDir(), `${id}.${kind.ext}`)) };
}
