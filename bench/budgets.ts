/**
 * bench/budgets: the route budgets of issue #9, next to their targets and the comparison project's
 * figures. Builds the app into its own folder, runs the real server against the fake gateway and a
 * copy of the fixture agent home (as `npm run demo` does), then measures
 *   - first-load JavaScript per route, gzip: the scripts the server-rendered HTML references, and
 *     every script Debian's Chromium actually fetched until the page went quiet (the budgeted figure);
 *   - Lighthouse at its mobile setting (median of 5 runs) on /login, /chat and /reviews;
 *   - idle server memory (RSS 90 s after a few page loads in Chromium) and cold start to the first
 *     answer (spawning the server to the first streamed token of a chat turn, median of 5).
 * Prints figures; asserts nothing. Lighthouse's performance score depends on the machine's load:
 * the load average is printed beside it.
 *
 *   npx tsx bench/budgets.ts [--no-build] [--runs=5] [--no-lighthouse]
 *   (PADDOCK_DIST_DIR picks the build folder, default .next-budgets)
 */
import os from 'node:os';
import { chromium } from 'playwright-core';
import { login } from '../tests/support/paddock-server';
import { measureFirstLoad, type RouteJs } from './budgets/first-load';
import { CHROMIUM_PATH, medianRun, runLighthouse, type LighthouseRun } from './budgets/lighthouse';
import { IDLE_WAIT_MS, idleRss, measureColdStarts, medianColdStart } from './budgets/server-figures';
import { build, distDir, hasBuild, startBacking, startServer } from './budgets/stack';

const ROUTES = ['/login', '/chat', '/reviews', '/sessions', '/skills', '/files', '/terminal', '/settings'];
const LIGHTHOUSE_ROUTES = ['/login', '/chat', '/reviews'];
const PAGE_LOADS_BEFORE_IDLE = 3;

const KB = 1024;
const MIB = 1024 * 1024;
/** Issue #9's targets and the comparison project's figures, measured the same way. */
const JS_TARGET_KB: Readonly<Record<string, number>> = { '/login': 100, '/chat': 180, '/reviews': 180 };
const JS_THEIRS_KB: Readonly<Record<string, number>> = { '/login': 684, '/chat': 762 };
const LIGHTHOUSE_TARGET = 95;
const LIGHTHOUSE_THEIRS: Readonly<Record<string, { performance: number; accessibility: number }>> = {
  '/login': { performance: 45, accessibility: 89 },
  '/chat': { performance: 29, accessibility: 93 },
};
const COLD_START_TARGET_MS = 1_000;
const COLD_START_THEIRS_MS = 2_350;
const IDLE_TARGET_MIB = 120;
const IDLE_THEIRS_MIB = 162;

const args = new Set(process.argv.slice(2));
const runsArg = process.argv.find((a) => a.startsWith('--runs='));
const RUNS = runsArg ? Number(runsArg.slice('--runs='.length)) : 5;

function load(): string {
  return os.loadavg().map((n) => n.toFixed(2)).join(' ');
}

function verdict(ok: boolean, target: string): string {
  return ok ? `✓ ${target}` : `✗ ${target}`;
}

function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

function printJs(rows: readonly RouteJs[]): void {
  console.log('\n## First-load JavaScript, gzip (1 KB = 1024 B)');
  console.log(`${'route'.padEnd(11)}${'loaded by Chromium'.padEnd(22)}${'in the HTML'.padEnd(20)}${'HTML doc'.padEnd(10)}${'target'.padEnd(14)}comparison`);
  for (const r of rows) {
    const target = JS_TARGET_KB[r.route];
    const theirs = JS_THEIRS_KB[r.route];
    console.log(
      `${r.route.padEnd(11)}${`${kb(r.loadedGzipBytes)} (${r.loadedFiles} files)`.padEnd(22)}${`${kb(r.htmlGzipBytes)} (${r.htmlFiles})`.padEnd(20)}${kb(r.documentGzipBytes).padEnd(10)}` +
        `${target === undefined ? '' : verdict(r.loadedGzipBytes < target * KB, `< ${target} KB`)}`.padEnd(14) +
        (theirs === undefined ? '' : `${theirs} KB`),
    );
  }
}

function printLighthouse(route: string, runs: readonly LighthouseRun[], loadDuring: string): void {
  const m = medianRun(runs);
  const theirs = LIGHTHOUSE_THEIRS[route];
  const compare = theirs ? `  (comparison: perf ${theirs.performance}, a11y ${theirs.accessibility})` : '';
  console.log(
    `${route.padEnd(10)}perf ${String(m.performance).padStart(3)} ${verdict(m.performance >= LIGHTHOUSE_TARGET, `≥ ${LIGHTHOUSE_TARGET}`)}  ` +
      `a11y ${String(m.accessibility).padStart(3)} ${verdict(m.accessibility >= LIGHTHOUSE_TARGET, `≥ ${LIGHTHOUSE_TARGET}`)}  ` +
      `FCP ${(m.fcpMs / 1000).toFixed(2)} s  LCP ${(m.lcpMs / 1000).toFixed(2)} s  TBT ${Math.round(m.tbtMs)} ms${compare}`,
  );
  console.log(`${''.padEnd(10)}runs: perf ${runs.map((r) => r.performance).join(' ')}; a11y ${runs.map((r) => r.accessibility).join(' ')}; load average ${loadDuring}`);
}

console.log(`# bench/budgets: build in ${distDir()}, ${os.cpus().length} cores, load average ${load()} (1, 5, 15 min)`);
if (!args.has('--no-build') || !hasBuild()) {
  const t0 = performance.now();
  build();
  console.log(`built in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

const backing = await startBacking();
try {
  const server = await startServer(backing);
  const cookie = await login(server).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    try {
      let rows: RouteJs[] = [];
      for (let i = 0; i < PAGE_LOADS_BEFORE_IDLE; i++) rows = await measureFirstLoad(browser, server.url, cookie, ROUTES);
      printJs(rows);
    } finally {
      await browser.close();
    }

    const idle = await idleRss(server.pid);
    const mib = idle.idleBytes / MIB;
    console.log(`\n## Idle server memory (RSS ${IDLE_WAIT_MS / 1000} s after ${PAGE_LOADS_BEFORE_IDLE} Chromium loads of each route)`);
    console.log(
      `${mib.toFixed(1)} MiB ${verdict(mib < IDLE_TARGET_MIB, `< ${IDLE_TARGET_MIB} MiB`)}  (comparison ${IDLE_THEIRS_MIB} MiB); ${(idle.afterLoadsBytes / MIB).toFixed(1)} MiB right after the loads` +
        (idle.childBytes ? `; child processes (the terminal's shell) ${(idle.childBytes / MIB).toFixed(1)} MiB more` : ''),
    );

    if (!args.has('--no-lighthouse')) {
      console.log(`\n## Lighthouse 12.8.2, mobile setting (simulated slow 4G, 4× CPU), median of ${RUNS}`);
      for (const route of LIGHTHOUSE_ROUTES) {
        const runs: LighthouseRun[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(`${server.url}${route}`, route === '/login' ? '' : cookie));
        printLighthouse(route, runs, load());
      }
    }
  } finally {
    await server.stop();
  }

  const cold = await measureColdStarts(backing, cookie, RUNS);
  const m = medianColdStart(cold);
  console.log(`\n## Cold start to the first answer (spawn → first streamed token of POST /api/chat/turns), median of ${RUNS}`);
  console.log(
    `${(m.firstAnswerMs / 1000).toFixed(2)} s ${verdict(m.firstAnswerMs < COLD_START_TARGET_MS, `< ${COLD_START_TARGET_MS / 1000} s`)}  (comparison ${COLD_START_THEIRS_MS / 1000} s); ` +
      `listening after ${(m.listenMs / 1000).toFixed(2)} s; runs ${cold.map((r) => (r.firstAnswerMs / 1000).toFixed(2)).join(' ')} s`,
  );
} finally {
  await backing.close();
}
console.log(`\nload average at the end: ${load()}`);
