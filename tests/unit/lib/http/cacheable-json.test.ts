import { describe, expect, it } from 'vitest';
import { cacheableJson } from '@/lib/http/cacheable-json';

const get = (headers: Record<string, string> = {}) => new Request('http://paddock.test/api/reviews', { headers });

describe('cacheableJson', () => {
  it('answers JSON with a weak ETag that lets a cache keep it but revalidate every time', async () => {
    const res = cacheableJson(get(), { items: [1, 2] });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
    expect(res.headers.get('etag')).toMatch(/^W\/"[\w-]+"$/);
    expect(await res.json()).toEqual({ items: [1, 2] });
  });

  it('gives the same body the same ETag and a different body another', () => {
    const a = cacheableJson(get(), { n: 1 }).headers.get('etag');
    expect(cacheableJson(get(), { n: 1 }).headers.get('etag')).toBe(a);
    expect(cacheableJson(get(), { n: 2 }).headers.get('etag')).not.toBe(a);
  });

  it('answers 304 without a body when the client already has this version, strong or weak, listed or alone', async () => {
    const etag = cacheableJson(get(), { n: 1 }).headers.get('etag') ?? '';
    for (const ifNoneMatch of [etag, etag.replace(/^W\//, ''), `"other", ${etag}`, '*']) {
      const res = cacheableJson(get({ 'If-None-Match': ifNoneMatch }), { n: 1 });
      expect(res.status, ifNoneMatch).toBe(304);
      expect(res.headers.get('etag')).toBe(etag);
      expect(await res.text()).toBe('');
    }
    expect(cacheableJson(get({ 'If-None-Match': '"stale"' }), { n: 1 }).status).toBe(200);
  });
});
