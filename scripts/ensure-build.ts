/**
 * Builds the production app when there is no build yet, or when the sources changed since the
 * last one (a `git pull`), so `npm start` on a fresh clone just works and restarts stay fast.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { serviceWorkerPath } from '../lib/pwa/service-worker-file';
import { buildApp } from './build-app';
import { serverBundlePath } from './build-server';

const root = path.resolve(import.meta.dirname, '..');
const STAMP = path.join(root, '.next/paddock-source-hash');
/** Written by the build's second step (scripts/build-sw.ts); a build without it has no offline support. */
const SERVICE_WORKER = serviceWorkerPath(path.join(root, '.next'));
const SOURCES = ['app', 'components', 'lib', 'server', 'public', 'package-lock.json', 'next.config.mjs', 'postcss.config.mjs'];

/** Build output copied into public/, not a source. */
const NOT_SOURCES = new Set([path.join(root, 'public/monaco')]);

function hashTree(target: string, hash: crypto.Hash): void {
  if (NOT_SOURCES.has(target)) return;
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isDirectory()) {
    for (const entry of fs.readdirSync(target).sort()) hashTree(path.join(target, entry), hash);
    return;
  }
  hash.update(path.relative(root, target)).update(fs.readFileSync(target));
}

export function sourceHash(): string {
  const hash = crypto.createHash('sha256');
  for (const source of SOURCES) hashTree(path.join(root, source), hash);
  return hash.digest('hex');
}

export function ensureBuild(): void {
  const wanted = sourceHash();
  const built = fs.existsSync(path.join(root, '.next/BUILD_ID')) && fs.existsSync(SERVICE_WORKER) && fs.existsSync(serverBundlePath('.next')) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === wanted;
  if (built) return;
  console.log('[paddock] building the app (first start, or the sources changed)…');
  if (!buildApp()) process.exit(1);
  fs.writeFileSync(STAMP, wanted);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) ensureBuild();
