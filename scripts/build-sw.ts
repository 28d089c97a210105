/**
 * The service-worker step of the build, run after `next build` (`npm run build`, scripts/ensure-build.ts,
 * scripts/test-all.ts): Serwist in configurator mode bundles app/sw.ts into the build output
 * (<distDir>/paddock-sw/sw.js, served at /sw.js) with a precache list of the app shell only, then
 * this prints the precache figures and fails the build when they exceed the budget.
 * The dist dir is Next's own (next.config.mjs honours PADDOCK_DIST_DIR), so parallel builds into
 * different dist dirs each get their own worker.
 */
import fs from 'node:fs';
import path from 'node:path';
import { runBuildCommand } from '@serwist/cli';
import { serwist } from '@serwist/next/config';
import { shellAssetFiles } from '../lib/pwa/build/shell-assets';
import { OFFLINE_URL } from '../lib/pwa/paths';
import { SERVICE_WORKER_DIR, SERVICE_WORKER_FILE } from '../lib/pwa/service-worker-file';

/** The whole precache (what a first visit downloads for offline use) must stay under this. */
export const PRECACHE_BUDGET_BYTES = 3_000_000;

const root = path.resolve(import.meta.dirname, '..');

export interface PrecacheFigures {
  swFile: string;
  /** Precached files with their sizes; the offline page (rendered per request, a few KB) is not among them. */
  files: { url: string; size: number }[];
  bytes: number;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export async function buildServiceWorker(): Promise<PrecacheFigures> {
  const figures: PrecacheFigures = { swFile: '', files: [], bytes: 0 };
  const options = await serwist.withNextConfig(
    (nextConfig) => {
      const distDir = nextConfig.distDir.replace(/\/+$/, '');
      const shell = shellAssetFiles(path.join(root, distDir));
      const buildId = fs.readFileSync(path.join(root, distDir, 'BUILD_ID'), 'utf8').trim();
      figures.swFile = path.join(distDir, SERVICE_WORKER_DIR, SERVICE_WORKER_FILE);
      return {
        swSrc: 'app/sw.ts',
        swDest: figures.swFile,
        globDirectory: root,
        globPatterns: [`${distDir}/static/**/*.{js,css}`, 'public/icons/*.png'],
        // Every page renders per request (CSP nonce), so there are no prerendered pages to keep.
        precachePrerendered: false,
        // Per request too; the build id as revision refetches it with each new version.
        additionalPrecacheEntries: [{ url: OFFLINE_URL, revision: buildId }],
        manifestTransforms: [
          async (entries) => {
            const manifest = entries.filter((e) => e.url.startsWith('public/') || shell.has(e.url.slice(distDir.length + 1)));
            figures.files = manifest.map((e) => ({ url: e.url, size: e.size }));
            return { manifest, warnings: [] };
          },
        ],
      };
    },
    { cwd: root, isDev: false },
  );
  await runBuildCommand({ config: options, watch: false });
  figures.bytes = figures.files.reduce((sum, f) => sum + f.size, 0);
  return figures;
}

async function main(): Promise<void> {
  process.chdir(root);
  const figures = await buildServiceWorker();
  const build = figures.files.filter((f) => !f.url.startsWith('public/'));
  const icons = figures.files.filter((f) => f.url.startsWith('public/'));
  const sw = fs.statSync(path.join(root, figures.swFile)).size;
  console.log(`[paddock] service worker: ${figures.swFile} (${kb(sw)})`);
  console.log(
    `[paddock] precache: ${figures.files.length + 1} files, ${kb(figures.bytes)} of a ${PRECACHE_BUDGET_BYTES / 1e6} MB budget ` +
      `(${build.length} shell build files ${kb(build.reduce((s, f) => s + f.size, 0))}, ${icons.length} icons ${kb(icons.reduce((s, f) => s + f.size, 0))}, and ${OFFLINE_URL})`,
  );
  if (figures.bytes > PRECACHE_BUDGET_BYTES) {
    console.error(`[paddock] the precache is over budget: trim SHELL_ROUTE_DIRS in lib/pwa/build/shell-assets.ts or raise PRECACHE_BUDGET_BYTES with a reason.`);
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error('[paddock] building the service worker failed', error);
    process.exit(1);
  });
}
