import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_OPTIONS, generateHermesHome, type GenerateOptions } from '../scripts/hermes-home-gen/generate';

const GENERATOR_DIR = path.resolve(import.meta.dirname, '../scripts/hermes-home-gen');
const DONE_MARKER = '.generated';

/** Cache key: the options plus the generator's own source, so editing the generator makes a new home. */
function cacheKey(options: GenerateOptions): string {
  const hash = crypto.createHash('sha256').update(JSON.stringify(options));
  for (const file of fs.readdirSync(GENERATOR_DIR).sort()) hash.update(file).update(fs.readFileSync(path.join(GENERATOR_DIR, file)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * A generated HERMES_HOME for these options, reused from the temp dir when an earlier run made it.
 * Generated into a scratch dir and renamed, so an interrupted run never leaves a half-written home.
 */
export function largeHome(counts: Pick<GenerateOptions, 'sessions' | 'messages' | 'reviews'>): { home: string; reused: boolean; ms: number } {
  const options = { ...DEFAULT_OPTIONS, ...counts };
  const home = path.join(os.tmpdir(), `paddock-bench-home-${cacheKey(options)}`);
  if (fs.existsSync(path.join(home, DONE_MARKER))) return { home, reused: true, ms: 0 };
  fs.rmSync(home, { recursive: true, force: true });
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-bench-gen-'));
  const report = generateHermesHome(scratch, options);
  fs.writeFileSync(path.join(scratch, DONE_MARKER), JSON.stringify(report));
  fs.renameSync(scratch, home);
  return { home, reused: false, ms: report.ms };
}
