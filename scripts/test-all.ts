/**
 * `npm test`: type-check, build the production app, run every Vitest project (unit, integration
 * against the real server and the fake gateway, end-to-end in Debian Chromium), then print one
 * summary line `N passed, N failed` for CI.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n=== ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  return result.status === 0;
}

const typecheck = run('typecheck (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', '.']);
const build = run('production build (scripts/build-app.ts)', bin('tsx'), ['scripts/build-app.ts']);

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-vitest-')), 'report.json');
const projects = build ? [] : ['--project', 'unit'];
run('vitest', bin('vitest'), ['run', ...projects, '--reporter=default', '--reporter=json', `--outputFile=${report}`]);

let passed = 0;
let failed = 0;
if (fs.existsSync(report)) {
  const summary = JSON.parse(fs.readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numTotalTestSuites: number; numFailedTestSuites: number };
  passed = summary.numPassedTests;
  failed = summary.numFailedTests + (summary.numFailedTests === 0 && summary.numFailedTestSuites > 0 ? summary.numFailedTestSuites : 0);
} else {
  failed += 1;
}
for (const [ok, what] of [[typecheck, 'typecheck'], [build, 'build']] as const) {
  if (ok) passed += 1;
  else {
    failed += 1;
    console.log(`${what} failed`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
