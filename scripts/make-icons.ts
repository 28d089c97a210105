/**
 * Writes Paddock's PNG icons into public/icons/ (committed, so builds need no image tools):
 * `npx tsx scripts/make-icons.ts`. Sizes and purposes are the ones lib/pwa/manifest.ts names.
 */
import fs from 'node:fs';
import path from 'node:path';
import { drawIcon, type IconStyle } from '../lib/pwa/build/icon-art';
import { encodePng } from '../lib/pwa/build/png';
import { ICONS } from '../lib/pwa/manifest';

const root = path.resolve(import.meta.dirname, '..');

const OUTPUTS: readonly { url: string; size: number; style: IconStyle }[] = [
  { url: ICONS.any192, size: 192, style: 'rounded' },
  { url: ICONS.any512, size: 512, style: 'rounded' },
  { url: ICONS.maskable192, size: 192, style: 'maskable' },
  { url: ICONS.maskable512, size: 512, style: 'maskable' },
  { url: ICONS.shortcut96, size: 96, style: 'rounded' },
  { url: ICONS.appleTouch, size: 180, style: 'full-bleed' },
  { url: ICONS.favicon32, size: 32, style: 'rounded' },
];

for (const { url, size, style } of OUTPUTS) {
  const file = path.join(root, 'public', url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, encodePng(size, size, drawIcon(size, style)));
  console.log(`${path.relative(root, file)}  ${size}×${size} ${style}`);
}
