import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SERVER_MEMORY_ENV } from '../../scripts/server-env';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURE_HOME = path.join(REPO_ROOT, 'tests/fixtures/hermes-home');
export const TEST_PASSWORD = 'correct horse battery staple';

/**
 * A private copy of the fixture agent home: SQLite writes -wal/-shm files beside a database even
 * when reading, and tests must never touch the fixture in the repo.
 */
export function copyFixtureHome(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-home-'));
  fs.cpSync(FIXTURE_HOME, dir, { recursive: true });
  return dir;
}

/** The production entry the build writes (scripts/build-server.ts): what `npm start` and the image run. */
function serverEntry(): string {
  return path.join(REPO_ROOT, process.env.PADDOCK_DIST_DIR || '.next', 'paddock-server.mjs');
}

export interface PaddockServer {
  url: string;
  port: number;
  /** The server process, e.g. to count the shells it spawned. */
  pid: number;
  dataDir: string;
  output(): string;
  stop(): Promise<number | null>;
}

const READY_TIMEOUT_MS = 60_000;

/**
 * Starts the real production server (the bundled server/index.ts over the `next build` output) on
 * port 0 and resolves once it prints its address. Needs a prior `npx tsx scripts/build-app.ts`;
 * scripts/test-all.ts does that.
 */
export async function startPaddock(env: Record<string, string | undefined> = {}): Promise<PaddockServer> {
  if (!fs.existsSync(serverEntry())) throw new Error('No production build: run `npx tsx scripts/build-app.ts` (npm test does it) first.');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-data-'));
  const child: ChildProcess = spawn(process.execPath, [serverEntry()], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PADDOCK_DIST_DIR: process.env.PADDOCK_DIST_DIR,
      NODE_ENV: 'production',
      ...SERVER_MEMORY_ENV,
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: dataDir,
      CLAUDE_PASSWORD: TEST_PASSWORD,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Paddock did not start in time:\n${output}`)), READY_TIMEOUT_MS);
    const onData = () => {
      const match = /listening on https?:\/\/[^\s]+:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Paddock exited with ${code} before listening:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid ?? 0,
    dataDir,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const code = await exited;
      fs.rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}

/** Runs the server entry expecting it to refuse to start; resolves with exit code and output. */
export function runPaddockExpectingExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [serverEntry()], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', PORT: '0', DATA_DIR: os.tmpdir(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** Logs in through the real form post and returns the Cookie header value to reuse. */
export async function login(server: PaddockServer, password = TEST_PASSWORD): Promise<string> {
  const response = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    body: new URLSearchParams({ password }),
    redirect: 'manual',
  });
  const cookie = response.headers.get('set-cookie');
  if (response.status !== 303 || !cookie) throw new Error(`login failed: HTTP ${response.status}`);
  return cookie.split(';')[0] ?? '';
}
