import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '@/lib/http/app-error';

/**
 * The built service worker lives inside Next's build output (PADDOCK_DIST_DIR), not in public/:
 * parallel builds into different dist dirs each keep their own worker, whose precache list names
 * that build's hashed files, and a build without the service-worker step simply has none.
 */
export const SERVICE_WORKER_DIR = 'paddock-sw';
export const SERVICE_WORKER_FILE = 'sw.js';

export function serviceWorkerPath(distDir: string): string {
  return path.join(distDir, SERVICE_WORKER_DIR, SERVICE_WORKER_FILE);
}

/** The worker script as built; throws AppError not_found when this build has none. */
export function readServiceWorker(distDir: string): Buffer {
  try {
    return fs.readFileSync(serviceWorkerPath(distDir));
  } catch (error) {
    throw new AppError('not_found', 'This build has no service worker: run `npm run build`.', { cause: error });
  }
}
