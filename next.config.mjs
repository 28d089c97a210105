import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native modules stay outside the bundle and load from node_modules at run time.
  serverExternalPackages: ['better-sqlite3', 'node-pty'],
  turbopack: { root },
  // `npm test` type-checks the whole tree (tests included) with tsc; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  outputFileTracingRoot: root,
};

export default nextConfig;
