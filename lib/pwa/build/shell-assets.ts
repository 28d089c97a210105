import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

/**
 * Route folders (under the build's server/app) whose pages make up the app shell: the screens that
 * must open offline. Everything under them counts, so new skill or session pages join by themselves.
 * Heavy screens (terminal, editor, files) stay out and load their code from the runtime cache once used.
 */
export const SHELL_ROUTE_DIRS = ['(app)/chat', '(app)/reviews', '(app)/sessions', '(app)/skills'] as const;

interface ClientReferenceManifest {
  entryJSFiles?: Record<string, string[]>;
  entryCSSFiles?: Record<string, { path: string }[]>;
}

function findFiles(dir: string, name: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return findFiles(full, name);
    return entry.name === name ? [full] : [];
  });
}

/** Reads a `page_client-reference-manifest.js`, which assigns its JSON to `globalThis.__RSC_MANIFEST`. */
function readClientManifest(file: string): ClientReferenceManifest[] {
  const sandbox: { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
  vm.runInNewContext(fs.readFileSync(file, 'utf8'), sandbox, { filename: file, timeout: 1000 });
  return Object.values(sandbox.__RSC_MANIFEST ?? {});
}

/**
 * The build files (paths relative to the dist dir, e.g. `static/chunks/x.js`) that the shell's
 * pages load up front: Next's main files plus each shell page's entry JS and CSS, read from the
 * manifests Next writes. Chunks a page loads on demand (syntax highlighting, photo resizing) are
 * not included. The `nomodule` polyfills are left out too: browsers that can install Paddock never
 * load them. Throws when the dist dir holds no build.
 */
export function shellAssetFiles(distDir: string): Set<string> {
  const buildManifest = JSON.parse(fs.readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8')) as { rootMainFiles?: string[] };
  const files = new Set(buildManifest.rootMainFiles ?? []);
  for (const routeDir of SHELL_ROUTE_DIRS) {
    for (const file of findFiles(path.join(distDir, 'server/app', routeDir), 'page_client-reference-manifest.js')) {
      for (const manifest of readClientManifest(file)) {
        for (const list of Object.values(manifest.entryJSFiles ?? {})) list.forEach((f) => files.add(f));
        for (const list of Object.values(manifest.entryCSSFiles ?? {})) list.forEach((f) => files.add(f.path));
      }
    }
  }
  return files;
}
