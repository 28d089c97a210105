/**
 * The login script step of the build: esbuild bundles lib/pwa/login-script-entry.ts (and the lib/pwa
 * code it shares with the app's PwaShell) into <distDir>/paddock-login/login.js, which
 * app/(auth)/login/script.js/route.ts serves. The login page ships no React, so this is all the
 * JavaScript it loads.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { loginScriptPath } from '../lib/auth/login-page/login-script-file';

const root = path.resolve(import.meta.dirname, '..');

/** Above this the script has stopped being "tiny": the build fails and says so. */
export const LOGIN_SCRIPT_BUDGET_BYTES = 8 * 1024;

export async function buildLoginScript(distDir = process.env.PADDOCK_DIST_DIR || '.next'): Promise<number> {
  const outfile = loginScriptPath(path.join(root, distDir));
  await build({
    entryPoints: [path.join(root, 'lib/pwa/login-script-entry.ts')],
    outfile,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
  return fs.statSync(outfile).size;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const bytes = await buildLoginScript();
  console.log(`[paddock] login script: ${(bytes / 1024).toFixed(1)} KB`);
  if (bytes > LOGIN_SCRIPT_BUDGET_BYTES) {
    console.error(`[paddock] the login script is over its ${LOGIN_SCRIPT_BUDGET_BYTES / 1024} KB budget: keep lib/pwa/login-script.ts small.`);
    process.exit(1);
  }
}
