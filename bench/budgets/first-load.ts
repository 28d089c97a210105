import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface RouteJs {
  route: string;
  /** Scripts the server-rendered HTML makes the browser fetch: script src (not nomodule) and script preloads. */
  htmlFiles: number;
  htmlGzipBytes: number;
  /** Every same-origin script a real Chromium fetched for the route until the network went quiet. */
  loadedFiles: number;
  loadedGzipBytes: number;
  /** The HTML document itself (its inline RSC payload included), gzip. */
  documentGzipBytes: number;
}

const TAG = /<(script|link)\b[^>]*>/g;
const ATTR = /([a-zA-Z-]+)(?:="([^"]*)")?/g;

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.replace(/^<\w+/, '').matchAll(ATTR)) found.set((m[1] ?? '').toLowerCase(), m[2] ?? '');
  return found;
}

/** The script URLs a modern browser downloads because of this HTML (nomodule polyfills excluded). */
export function scriptUrls(html: string): string[] {
  const urls = new Set<string>();
  for (const m of html.matchAll(TAG)) {
    const attrs = attributes(m[0]);
    if (m[1] === 'script') {
      const src = attrs.get('src');
      if (src && !attrs.has('nomodule')) urls.add(src);
    } else {
      const rel = attrs.get('rel') ?? '';
      const href = attrs.get('href');
      if (href && (rel === 'modulepreload' || (rel === 'preload' && attrs.get('as') === 'script'))) urls.add(href);
    }
  }
  return [...urls];
}

/** Gzip size of each URL's body, fetched once and remembered (chunks are shared between routes). */
export class GzipSizes {
  private readonly sizes = new Map<string, number>();

  constructor(private readonly base: string) {}

  async of(url: string): Promise<number> {
    const absolute = new URL(url, this.base).href;
    const known = this.sizes.get(absolute);
    if (known !== undefined) return known;
    const response = await fetch(absolute);
    if (!response.ok) throw new Error(`${absolute}: HTTP ${response.status}`);
    const size = zlib.gzipSync(Buffer.from(await response.arrayBuffer())).byteLength;
    this.sizes.set(absolute, size);
    return size;
  }

  async sum(urls: readonly string[]): Promise<number> {
    let total = 0;
    for (const url of urls) total += await this.of(url);
    return total;
  }
}

const QUIET_MS = 1_500;
const LOAD_TIMEOUT_MS = 60_000;

/** Same-origin script URLs Chromium fetched while loading `route` (service worker blocked, fresh cache). */
async function loadedScripts(browser: Browser, base: string, cookie: string, route: string): Promise<string[]> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  try {
    const [name, ...value] = cookie.split('=');
    if (name) await context.addCookies([{ name, value: value.join('='), url: base }]);
    const page = await context.newPage();
    const urls = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'script' && request.url().startsWith(base)) urls.add(request.url());
    });
    await page.goto(new URL(route, base).href, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    // networkidle is 500 ms without requests; a longer quiet spell also catches chunks loaded after hydration.
    let seen = -1;
    while (seen !== urls.size) {
      seen = urls.size;
      await page.waitForLoadState('networkidle', { timeout: LOAD_TIMEOUT_MS });
      await page.waitForTimeout(QUIET_MS);
    }
    return [...urls];
  } finally {
    await context.close();
  }
}

/** First-load JavaScript of each route, logged in with `cookie` (the login page is fetched without it). */
export async function measureFirstLoad(browser: Browser, base: string, cookie: string, routes: readonly string[]): Promise<RouteJs[]> {
  const sizes = new GzipSizes(base);
  const results: RouteJs[] = [];
  for (const route of routes) {
    const session = route === '/login' ? '' : cookie;
    const response = await fetch(new URL(route, base), { headers: session ? { Cookie: session } : {}, redirect: 'manual' });
    if (response.status !== 200) throw new Error(`${route}: HTTP ${response.status}`);
    const html = await response.text();
    const fromHtml = scriptUrls(html);
    const loaded = await loadedScripts(browser, base, session, route);
    results.push({
      route,
      htmlFiles: fromHtml.length,
      htmlGzipBytes: await sizes.sum(fromHtml),
      loadedFiles: loaded.length,
      loadedGzipBytes: await sizes.sum(loaded),
      documentGzipBytes: zlib.gzipSync(html).byteLength,
    });
  }
  return results;
}
