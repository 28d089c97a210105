/**
 * The server step of the build: esbuild bundles server/ and the lib/ code it imports into one ES
 * module in the build output, <distDir>/paddock-server.mjs, which production runs with plain `node`.
 * Running the TypeScript through tsx instead keeps a transpiling loader hooked into every module
 * Node loads, Next's own included: about 70 MiB more memory and a slower start (bench/budgets).
 * Packages stay external and load from node_modules (native modules cannot be bundled anyway).
 */
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');

export const SERVER_BUNDLE_FILE = 'paddock-server.mjs';

/**
 * server/index.ts finds the app one folder above itself; the bundle keeps that true by living
 * directly in the dist dir, which is a direct child of the project root.
 */
export function serverBundlePath(distDir = process.env.PADDOCK_DIST_DIR || '.next'): string {
  return path.join(root, distDir, SERVER_BUNDLE_FILE);
}

export async function buildServer(): Promise<void> {
  const outfile = serverBundlePath();
  if (path.dirname(path.dirname(outfile)) !== root) throw new Error(`PADDOCK_DIST_DIR must be a folder directly in ${root}`);
  await build({
    entryPoints: [path.join(root, 'server/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'warning',
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await buildServer();
