import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // Lets parallel test runs build into their own folders instead of replacing one another's build.
  distDir: process.env.PADDOCK_DIST_DIR || '.next',
  poweredByHeader: false,
  // Native modules stay outside the bundle and load from node_modules at run time. So does zod: bundled,
  // every route handler carried its own copy of it, ten copies in an idle server's memory.
  serverExternalPackages: ['better-sqlite3', 'node-pty', 'zod'],
  turbopack: { root },
  // `npm test` type-checks the whole tree (tests included) with tsc; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  outputFileTracingRoot: root,
};

export default nextConfig;
