import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shellAssetFiles } from '@/lib/pwa/build/shell-assets';

let dist: string;

function writeClientManifest(route: string, js: Record<string, string[]>, css: Record<string, string[]> = {}): void {
  const dir = path.join(dist, 'server/app', route);
  fs.mkdirSync(dir, { recursive: true });
  const manifest = { entryJSFiles: js, entryCSSFiles: Object.fromEntries(Object.entries(css).map(([k, v]) => [k, v.map((p) => ({ path: p, inlined: false }))])) };
  fs.writeFileSync(path.join(dir, 'page_client-reference-manifest.js'), `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST["/${route}/page"] = ${JSON.stringify(manifest)};\n`);
}

beforeEach(() => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-dist-'));
  fs.writeFileSync(path.join(dist, 'build-manifest.json'), JSON.stringify({ polyfillFiles: ['static/chunks/polyfills.js'], rootMainFiles: ['static/chunks/main.js', 'static/chunks/turbopack.js'] }));
  writeClientManifest('(app)/reviews', { '[project]/app/layout': ['static/chunks/layout.js'], '[project]/app/(app)/reviews/page': ['static/chunks/layout.js', 'static/chunks/reviews.js'] }, { '[project]/app/layout': ['static/chunks/app.css'] });
  writeClientManifest('(app)/reviews/[job]/[stamp]', { '[project]/app/(app)/reviews/[job]/[stamp]/page': ['static/chunks/review.js'] });
  writeClientManifest('(app)/skills/[category]/[name]', { page: ['static/chunks/skill.js'] });
  writeClientManifest('(app)/terminal', { page: ['static/chunks/xterm.js'] });
});

afterEach(() => {
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('shellAssetFiles', () => {
  it("takes Next's main files and the entry JS and CSS of every page under the shell's routes", () => {
    expect([...shellAssetFiles(dist)].sort()).toEqual(
      ['static/chunks/app.css', 'static/chunks/layout.js', 'static/chunks/main.js', 'static/chunks/review.js', 'static/chunks/reviews.js', 'static/chunks/skill.js', 'static/chunks/turbopack.js'].sort(),
    );
  });

  it('leaves out heavy screens outside the shell and the nomodule polyfills', () => {
    const files = shellAssetFiles(dist);
    expect(files.has('static/chunks/xterm.js')).toBe(false);
    expect(files.has('static/chunks/polyfills.js')).toBe(false);
  });

  it('throws when the dist dir holds no build', () => {
    expect(() => shellAssetFiles(path.join(dist, 'missing'))).toThrow();
  });
});
