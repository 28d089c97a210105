import { describe, expect, it } from 'vitest';
import { isPublicPath } from '@/lib/auth/public-paths';
import { ICONS, SHARE_TARGET_ACTION } from '@/lib/pwa/manifest';
import { HTTPS_HELP_URL, OFFLINE_URL, SERVICE_WORKER_URL } from '@/lib/pwa/paths';

describe('what the installable app needs before login', () => {
  it('is public: manifest, service worker, offline page, icons, HTTPS help', () => {
    for (const path of ['/manifest.webmanifest', SERVICE_WORKER_URL, OFFLINE_URL, HTTPS_HELP_URL, ...Object.values(ICONS)]) expect(isPublicPath('GET', path), path).toBe(true);
  });

  it('stays an explicit list: neighbours and the share target need a session', () => {
    for (const path of ['/help', '/help/other', '/sw.js.map', '/~offline/x', '/serwist/sw.js', '/iconsx/a.png']) expect(isPublicPath('GET', path), path).toBe(false);
    expect(isPublicPath('POST', SHARE_TARGET_ACTION)).toBe(false);
  });
});
