/**
 * The one production build: Monaco copied to public/, `next build`, the service worker
 * (scripts/build-sw.ts), the login page's script (scripts/build-login-script.ts), then the server
 * bundle that production runs (scripts/build-server.ts).
 * `npm run build`, `npm start`, `npm test`, the demo, the Dockerfile and its CI smoke build all go
 * through here, so none of them ships without the editor or offline use.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { copyMonaco } from './copy-monaco';

const root = path.resolve(import.meta.dirname, '..');

function step(command: string, args: string[]): boolean {
  const result = spawnSync(path.join(root, 'node_modules/.bin', command), args, { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  return result.status === 0;
}

/** True when every step succeeded. */
export function buildApp(): boolean {
  copyMonaco();
  return step('next', ['build']) && step('tsx', ['scripts/build-sw.ts']) && step('tsx', ['scripts/build-login-script.ts']) && step('tsx', ['scripts/build-server.ts']);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) process.exit(buildApp() ? 0 : 1);
