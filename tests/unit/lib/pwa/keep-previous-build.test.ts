import { describe, expect, it, vi } from 'vitest';

const timestamps: string[] = [];
vi.mock('serwist', () => ({
  CacheExpiration: class {
    async updateTimestamp(url: string) {
      timestamps.push(url);
    }
    async expireEntries() {}
  },
}));

const { keepPreviousBuildFiles } = await import('@/lib/pwa/worker/keep-previous-build');

/** A CacheStorage of Maps keyed by URL. */
function fakeStorage(initial: Record<string, string[]>) {
  const caches = new Map(Object.entries(initial).map(([name, urls]) => [name, new Map(urls.map((u) => [u, `body of ${u}`]))]));
  const open = async (name: string) => {
    if (!caches.has(name)) caches.set(name, new Map());
    const cache = caches.get(name) ?? new Map<string, string>();
    return {
      keys: async () => [...cache.keys()].map((u) => new Request(u)),
      match: async (request: Request) => (cache.has(request.url) ? new Response(cache.get(request.url)) : undefined),
      put: async (url: string, response: Response) => void cache.set(url, await response.text()),
    };
  };
  return { storage: { has: async (name: string) => caches.has(name), open } as unknown as CacheStorage, caches };
}

const O = 'https://p.example';

describe('keepPreviousBuildFiles', () => {
  it('copies the old build files the new version no longer lists into the build-file cache', async () => {
    const { storage, caches } = fakeStorage({ precache: [`${O}/_next/static/chunks/old.js`, `${O}/_next/static/chunks/same.js`, `${O}/~offline?__WB_REVISION__=1`, `${O}/icons/icon-192.png`] });
    const kept = await keepPreviousBuildFiles(storage, 'precache', new Set([`${O}/_next/static/chunks/same.js`, `${O}/_next/static/chunks/new.js`]));
    expect(kept).toBe(1);
    expect([...(caches.get('paddock-static')?.entries() ?? [])]).toEqual([[`${O}/_next/static/chunks/old.js`, `body of ${O}/_next/static/chunks/old.js`]]);
    expect(timestamps).toEqual([`${O}/_next/static/chunks/old.js`]);
  });

  it('does nothing on the first install', async () => {
    const { storage, caches } = fakeStorage({});
    expect(await keepPreviousBuildFiles(storage, 'precache', new Set())).toBe(0);
    expect(caches.has('paddock-static')).toBe(false);
  });
});
