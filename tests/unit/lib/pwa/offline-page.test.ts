// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { nonceFromCsp } from '@/lib/http/security-headers';
import { offlinePageHtml } from '@/lib/pwa/offline-page';
import { listSavedPages } from '@/lib/pwa/saved-pages-script';

/** A CacheStorage holding HTML copies, as the worker leaves them. */
function fakeCaches(contents: Record<string, { url: string; html: string; date: string }[]>): CacheStorage {
  const open = async (name: string) => {
    const entries = contents[name] ?? [];
    return {
      keys: async () => entries.map((e) => new Request(e.url)),
      match: async (request: Request) => {
        const found = entries.find((e) => e.url === request.url);
        return found ? new Response(found.html, { headers: { 'content-type': 'text/html', date: found.date } }) : undefined;
      },
    };
  };
  return { keys: async () => Object.keys(contents), open } as unknown as CacheStorage;
}

afterEach(() => {
  delete (window as { caches?: CacheStorage }).caches;
  document.body.innerHTML = '';
});

describe('the offline page', () => {
  it('reads the nonce the server put in the request CSP', () => {
    expect(nonceFromCsp("default-src 'self'; script-src 'self' 'nonce-AbC+/9==' 'strict-dynamic'")).toBe('AbC+/9==');
    expect(nonceFromCsp("default-src 'self'")).toBeUndefined();
    expect(nonceFromCsp(null)).toBeUndefined();
  });

  it('has exactly one script, carrying the nonce, and says what is going on without it', () => {
    const html = offlinePageHtml('n0nce');
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toContain('<script nonce="n0nce">');
    expect(html).toMatch(/<h1>You are offline<\/h1>/);
    expect(html).toMatch(/href="\/reviews"/);
    expect(offlinePageHtml(undefined)).toContain('<script>');
  });

  it('embeds a script that parses and cannot close its own tag', () => {
    const html = offlinePageHtml('x');
    const script = html.slice(html.indexOf('<script nonce="x">') + '<script nonce="x">'.length, html.lastIndexOf('</script>'));
    expect(script).not.toMatch(/<\/script/i);
    expect(() => new Function(script)).not.toThrow();
  });
});

describe('listSavedPages', () => {
  const page = (h1: string) => `<!doctype html><html><head><title>Review · Paddock</title></head><body><main><h1>${h1}</h1></main></body></html>`;

  it('lists saved pages per area, newest first, titled by their first heading', async () => {
    document.body.innerHTML = '<div id="saved"><a href="/reviews">Reviews</a></div>';
    (window as { caches?: CacheStorage }).caches = fakeCaches({
      'paddock-user-reviews-pages': [
        { url: 'https://p.example/reviews/a/2026-11-22_09-00-00', html: page('daily brief'), date: 'Sun, 22 Nov 2026 09:05:00 GMT' },
        { url: 'https://p.example/reviews/b/2026-11-23_09-00-00', html: page('weekly digest'), date: 'Mon, 23 Nov 2026 09:05:00 GMT' },
      ],
      'paddock-user-chat-pages': [{ url: 'https://p.example/chat/pwa-1', html: '<title>Chat · Paddock</title><h1>remember the lighthouse</h1>', date: 'Mon, 23 Nov 2026 10:00:00 GMT' }],
      'paddock-static': [],
    });
    await listSavedPages(
      [
        { label: 'Reviews', cache: 'paddock-user-reviews-pages' },
        { label: 'Conversations', cache: 'paddock-user-chat-pages' },
        { label: 'Sessions', cache: 'paddock-user-sessions-pages' },
      ],
      8,
    );
    const root = document.getElementById('saved');
    expect([...(root?.querySelectorAll('h2') ?? [])].map((h) => h.textContent)).toEqual(['Reviews', 'Conversations']);
    const links = [...(root?.querySelectorAll('a') ?? [])].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['weekly digest', '/reviews/b/2026-11-23_09-00-00'],
      ['daily brief', '/reviews/a/2026-11-22_09-00-00'],
      ['remember the lighthouse', '/chat/pwa-1'],
    ]);
  });

  it('leaves the static links in place when nothing is saved', async () => {
    document.body.innerHTML = '<div id="saved"><a href="/reviews">Reviews</a></div>';
    (window as { caches?: CacheStorage }).caches = fakeCaches({});
    await listSavedPages([{ label: 'Reviews', cache: 'paddock-user-reviews-pages' }], 8);
    expect(document.querySelector('#saved a')?.textContent).toBe('Reviews');
  });
});
