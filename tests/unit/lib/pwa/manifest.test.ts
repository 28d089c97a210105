import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pngSize } from '@/lib/pwa/build/png';
import { ICONS, SHARE_TARGET_ACTION, START_URL, webAppManifest } from '@/lib/pwa/manifest';

const PUBLIC = path.resolve(import.meta.dirname, '../../../../public');

function sizeOf(url: string): string {
  const { width, height } = pngSize(fs.readFileSync(path.join(PUBLIC, url)));
  return `${width}x${height}`;
}

describe('webAppManifest', () => {
  const manifest = webAppManifest();

  it('describes an installable standalone app with a stable id inside its scope', () => {
    expect(manifest).toMatchObject({ id: '/', name: 'Paddock', short_name: 'Paddock', scope: '/', start_url: START_URL, display: 'standalone' });
    expect(START_URL.startsWith('/')).toBe(true);
    expect(manifest.theme_color).toBe(manifest.background_color);
  });

  it('lists 192 and 512 px icons for `any` and, separately, for `maskable`, each file at its stated size', () => {
    const icons = manifest.icons ?? [];
    expect(icons.map((i) => `${i.sizes}/${i.purpose}`).sort()).toEqual(['192x192/any', '192x192/maskable', '512x512/any', '512x512/maskable']);
    for (const icon of icons) expect(sizeOf(icon.src), icon.src).toBe(icon.sizes);
  });

  it('has the 180 px apple-touch-icon, the favicon and the 96 px shortcut icon on disk', () => {
    expect(sizeOf(ICONS.appleTouch)).toBe('180x180');
    expect(sizeOf(ICONS.favicon32)).toBe('32x32');
    expect(sizeOf(ICONS.shortcut96)).toBe('96x96');
  });

  it('offers New chat and Reviews as shortcuts', () => {
    expect(manifest.shortcuts?.map((s) => [s.name, s.url])).toEqual([
      ['New chat', '/chat'],
      ['Reviews', '/reviews'],
    ]);
  });

  it('accepts shared images as a multipart POST to the share route', () => {
    expect(manifest.share_target).toEqual({
      action: SHARE_TARGET_ACTION,
      method: 'POST',
      enctype: 'multipart/form-data',
      params: { files: [{ name: 'photos', accept: expect.arrayContaining(['image/jpeg', 'image/*']) }] },
    });
  });
});
