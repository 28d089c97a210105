import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { quantile } from '../stats';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const DEVTOOLS_TIMEOUT_MS = 30_000;

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
}

interface Chromium {
  port: number;
  close(): Promise<void>;
}

/** Debian's Chromium with a throwaway profile and the DevTools port Lighthouse drives it through. */
async function launchChromium(): Promise<Chromium> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-lh-'));
  const child = spawn(CHROMIUM_PATH, [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    // Its own process group, so closing it ends its renderer and helper processes too.
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open DevTools:\n${output}`)), DEVTOOLS_TIMEOUT_MS);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    void exited.then(() => reject(new Error(`Chromium exited:\n${output}`)));
  });
  return {
    port,
    async close() {
      if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
      await exited;
      // A helper process may still be writing to the profile for a moment after the browser exits.
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
    },
  };
}

function score(value: number | null | undefined): number {
  return Math.round((value ?? Number.NaN) * 100);
}

/** Thrown for a run Lighthouse itself could not record (e.g. NO_NAVSTART on a busy machine). */
class RecordingError extends Error {}

const ATTEMPTS = 3;

/** One Lighthouse run at its default (mobile) setting, in a fresh browser; a failed recording is retried. */
export async function runLighthouse(url: string, cookie: string): Promise<LighthouseRun> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnce(url, cookie);
    } catch (error) {
      if (!(error instanceof RecordingError) || attempt === ATTEMPTS) throw error;
      console.warn(`  (${error.message}; running it again)`);
    }
  }
}

async function runOnce(url: string, cookie: string): Promise<LighthouseRun> {
  const chromium = await launchChromium();
  try {
    const result = await lighthouse(url, {
      port: chromium.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      extraHeaders: cookie ? { Cookie: cookie } : undefined,
    });
    if (!result) throw new Error(`${url}: Lighthouse returned nothing`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new RecordingError(`${url}: ${lhr.runtimeError.code}`);
    if (lhr.finalDisplayedUrl !== url) throw new Error(`${url}: ended on ${lhr.finalDisplayedUrl} (not logged in?)`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: score(lhr.categories.performance?.score),
      accessibility: score(lhr.categories.accessibility?.score),
      fcpMs: audit('first-contentful-paint'),
      lcpMs: audit('largest-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
    };
  } finally {
    await chromium.close();
  }
}

/** The median of each figure over the runs (each median on its own, as Lighthouse's docs advise). */
export function medianRun(runs: readonly LighthouseRun[]): LighthouseRun {
  const med = (pick: (r: LighthouseRun) => number) => quantile(runs.map(pick), 0.5);
  return { performance: med((r) => r.performance), accessibility: med((r) => r.accessibility), fcpMs: med((r) => r.fcpMs), lcpMs: med((r) => r.lcpMs), tbtMs: med((r) => r.tbtMs) };
}
