import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startFakeGateway, type FakeGateway } from '../../tests/fake-gateway';
import { copyFixtureHome, REPO_ROOT, startPaddock, type PaddockServer } from '../../tests/support/paddock-server';

const GATEWAY_KEY = 'bench-budgets-key';
/** Fixed so a cookie from one server start stays valid on the next (cold-start runs reuse it). */
export const SESSION_SECRET = 'bench-budgets-session-secret-0123456789abcdef';

/** The benchmark's own build folder, so it never replaces the build a test run or `npm start` uses. */
export function distDir(): string {
  return process.env.PADDOCK_DIST_DIR || '.next-budgets';
}

/** Runs the one production build (scripts/build-app.ts) into `distDir()`; exits on failure. */
export function build(): void {
  const result = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), ['scripts/build-app.ts'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PADDOCK_DIST_DIR: distDir() },
  });
  if (result.status !== 0) throw new Error(`build failed (exit ${result.status})`);
}

export function hasBuild(): boolean {
  return fs.existsSync(path.join(REPO_ROOT, distDir(), 'BUILD_ID'));
}

/** What `npm run demo` runs: the fake gateway, a fresh copy of the fixture agent home, a data dir. */
export interface Backing {
  gateway: FakeGateway;
  home: string;
  env: Record<string, string>;
  close(): Promise<void>;
}

export async function startBacking(): Promise<Backing> {
  const home = copyFixtureHome();
  const gateway = await startFakeGateway({ apiKey: GATEWAY_KEY, hermesHome: home });
  return {
    gateway,
    home,
    env: {
      HERMES_API_URL: gateway.url,
      HERMES_API_KEY: GATEWAY_KEY,
      HERMES_HOME: home,
      SESSION_SECRET,
      SKILLS_INDEX_URL: path.join(REPO_ROOT, 'tests/fixtures/skills-index/index.json'),
    },
    async close() {
      await gateway.close();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

/** The real production server (server/index.ts over the build in `distDir()`) against `backing`. */
export function startServer(backing: Backing): Promise<PaddockServer> {
  process.env.PADDOCK_DIST_DIR = distDir();
  return startPaddock(backing.env);
}
