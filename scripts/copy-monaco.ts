/**
 * Copies Monaco's prebuilt AMD files (node_modules/monaco-editor/min/vs) to public/monaco/vs, so the
 * editor loads from Paddock's own origin: no CDN, since the tailnet may have no internet and the CSP
 * allows no other origin. Runs before `next build` (npm's prebuild); the copy is gitignored and
 * skipped when it already matches the installed version.
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const source = path.join(root, 'node_modules/monaco-editor/min/vs');
const target = path.join(root, 'public/monaco/vs');
const stamp = path.join(root, 'public/monaco/version.txt');

export function copyMonaco(): boolean {
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/monaco-editor/package.json'), 'utf8')) as { version: string };
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === version && fs.existsSync(path.join(target, 'loader.js'))) return false;
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.cpSync(source, target, { recursive: true });
  fs.writeFileSync(stamp, `${version}\n`);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const copied = copyMonaco();
  console.log(copied ? '[paddock] copied Monaco into public/monaco/vs' : '[paddock] public/monaco/vs is up to date');
}
