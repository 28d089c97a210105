import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The login page's script (lib/pwa/login-script-entry.ts), bundled at build time into the build
 * output like the service worker, so each dist dir keeps its own. Served at LOGIN_SCRIPT_URL with
 * `?v=` its content hash, so browsers may keep it for a year and still fetch each new version.
 */
export const LOGIN_SCRIPT_DIR = 'paddock-login';
export const LOGIN_SCRIPT_FILE = 'login.js';
export const LOGIN_SCRIPT_URL = '/login/script.js';

export interface LoginScript {
  body: Buffer;
  /** First 16 hex digits of the SHA-256 of the body. */
  version: string;
}

export function loginScriptPath(distDir: string): string {
  return path.join(distDir, LOGIN_SCRIPT_DIR, LOGIN_SCRIPT_FILE);
}

const loaded = new Map<string, LoginScript | undefined>();

/** The built script and its version, read once per process; undefined when this build has none (development). */
export function readLoginScript(distDir: string): LoginScript | undefined {
  if (loaded.has(distDir)) return loaded.get(distDir);
  let script: LoginScript | undefined;
  try {
    const body = fs.readFileSync(loginScriptPath(distDir));
    script = { body, version: crypto.createHash('sha256').update(body).digest('hex').slice(0, 16) };
  } catch {
    script = undefined;
  }
  loaded.set(distDir, script);
  return script;
}
