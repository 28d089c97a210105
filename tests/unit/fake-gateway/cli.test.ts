import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEY } from './helpers';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
const CLI = path.join(REPO_ROOT, 'tests/fake-gateway/cli.ts');

/** Resolves with the first stdout line matching `pattern`. */
function waitForLine(child: ChildProcess, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      seen += chunk;
      const match = pattern.exec(seen);
      if (match) resolve(match);
    });
    child.once('exit', (code) => reject(new Error(`cli exited with ${code} before printing ${pattern}: ${seen}`)));
  });
}

describe('fake gateway: CLI', () => {
  let child: ChildProcess | undefined;

  afterEach(() => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  it('prints its URL, serves the gateway and shuts down on SIGTERM', async () => {
    child = spawn(process.execPath, ['--import', 'tsx', CLI, '--port', '0', '--key', KEY], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const [, url] = await waitForLine(child, /^fake hermes gateway listening on (http:\/\/127\.0\.0\.1:\d+)$/m);

    const res = await fetch(`${url}/v1/models`, { headers: { Authorization: `Bearer ${KEY}` } });
    expect(res.status).toBe(200);

    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
  }, 20_000);

  it('exits with a usage message for a bad port', async () => {
    child = spawn(process.execPath, ['--import', 'tsx', CLI, '--port', 'abc'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
  }, 20_000);
});
