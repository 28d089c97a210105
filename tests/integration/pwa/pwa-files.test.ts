import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '@/lib/pwa/build/png';
import { login, REPO_ROOT, startPaddock, type PaddockServer } from '../../support/paddock-server';

const DIST_DIR = path.join(REPO_ROOT, process.env.PADDOCK_DIST_DIR ?? '.next');
const PRECACHE_BUDGET_BYTES = 3_000_000;

let server: PaddockServer;

beforeAll(async () => {
  server = await startPaddock({ HERMES_API_URL: 'http://127.0.0.1:9' });
});
afterAll(async () => {
  await server?.stop();
});

/** The precache list baked into the built worker: `{url:"…",revision:…}` entries. */
/** The precache manifest's URLs: its entries are the only `{revision, url}` pairs in the worker. */
function precacheUrls(script: string): string[] {
  return [...script.matchAll(/\{revision:(?:"[^"]*"|null),url:"([^"]+)"\}/g)].map((m) => m[1] ?? '');
}

/** The file on disk behind a precached URL, to weigh the precache. */
function fileOf(url: string): string | undefined {
  if (url.startsWith('/_next/static/')) return path.join(DIST_DIR, 'static', url.slice('/_next/static/'.length));
  if (url.startsWith('/icons/')) return path.join(REPO_ROOT, 'public', url);
  return undefined;
}

describe("the installable app's files, without logging in", () => {
  it('serves a manifest with icons, shortcuts and a share target', async () => {
    const response = await fetch(`${server.url}/manifest.webmanifest`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    const manifest = await response.json();
    expect(manifest).toMatchObject({ id: '/', name: 'Paddock', short_name: 'Paddock', start_url: '/chat', scope: '/', display: 'standalone' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    const icons = manifest.icons as { src: string; sizes: string; purpose: string }[];
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual(['192x192 any', '192x192 maskable', '512x512 any', '512x512 maskable']);
    expect(manifest.shortcuts.map((s: { name: string; url: string }) => [s.name, s.url])).toEqual([['New chat', '/chat'], ['Reviews', '/reviews']]);
    expect(manifest.share_target).toMatchObject({ action: '/api/share', method: 'POST', enctype: 'multipart/form-data', params: { files: [{ name: 'photos' }] } });
  });

  it('serves every icon the manifest and the page head name, at its stated size', async () => {
    const manifest = await (await fetch(`${server.url}/manifest.webmanifest`)).json();
    const named: { src: string; sizes: string }[] = [...manifest.icons, ...manifest.shortcuts.flatMap((s: { icons: unknown[] }) => s.icons), { src: '/icons/apple-touch-icon.png', sizes: '180x180' }];
    for (const icon of named) {
      const response = await fetch(`${server.url}${icon.src}`);
      expect(response.status, icon.src).toBe(200);
      expect(response.headers.get('content-type'), icon.src).toBe('image/png');
      const { width, height } = pngSize(Buffer.from(await response.arrayBuffer()));
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    }
  });

  it('links the manifest and icons from every page head, with the iOS tags and a zoomable viewport', async () => {
    const html = await (await fetch(`${server.url}/login`, { headers: { Accept: 'text/html' } })).text();
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<link rel="manifest" href="/manifest.webmanifest"/>');
    expect(head).toMatch(/<link rel="apple-touch-icon" href="\/icons\/apple-touch-icon.png" sizes="180x180"/);
    expect(head).toContain('<meta name="apple-mobile-web-app-capable" content="yes"/>');
    expect(head).toContain('<meta name="apple-mobile-web-app-title" content="Paddock"/>');
    expect(head).toMatch(/<meta name="apple-mobile-web-app-status-bar-style" content="[a-z-]+"\/>/);
    expect(head).toMatch(/<meta name="theme-color" content="#[0-9a-f]{6}"/);
    const viewport = /<meta name="viewport" content="([^"]+)"/.exec(head)?.[1] ?? '';
    expect(viewport).toMatch(/viewport-fit=cover/);
    expect(viewport).not.toMatch(/user-scalable|maximum-scale/);
  });

  it('serves /sw.js as JavaScript that HTTP caches must revalidate every time', async () => {
    const response = await fetch(`${server.url}/sw.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('cache-control')).toMatch(/no-cache/);
    expect(response.headers.get('cache-control')).not.toMatch(/max-age=[1-9]/);
    const script = await response.text();
    expect(script).toContain('__WB_REVISION__');
    expect(script).toBe(fs.readFileSync(path.join(DIST_DIR, 'paddock-sw/sw.js'), 'utf8'));
  });

  it('precaches only the app shell, under the 3 MB budget, all of it public', async () => {
    const urls = precacheUrls(await (await fetch(`${server.url}/sw.js`)).text());
    expect(urls).toContain('/~offline');
    expect(urls).toContain('/icons/icon-192.png');
    expect(urls.filter((u) => u.startsWith('/_next/static/')).length).toBeGreaterThan(3);
    expect(urls.every((u) => u === '/~offline' || u.startsWith('/_next/static/') || u.startsWith('/icons/')), urls.join('\n')).toBe(true);
    let bytes = 0;
    for (const url of urls) {
      const file = fileOf(url);
      if (file) bytes += fs.statSync(file).size;
      const response = await fetch(`${server.url}${url}`);
      expect(response.status, url).toBe(200);
    }
    expect(bytes).toBeLessThan(PRECACHE_BUDGET_BYTES);
    console.log(`precache: ${urls.length} files, ${(bytes / 1024).toFixed(1)} KB on disk plus /~offline`);
  });

  it("serves the offline page with its script allowed by the response's own CSP nonce", async () => {
    const response = await fetch(`${server.url}/~offline`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
    const html = await response.text();
    expect(nonce).toBeTruthy();
    expect(html).toContain(`<script nonce="${nonce}">`);
    expect(html).toMatch(/You are offline/);
    expect(html).not.toMatch(/<script(?! nonce)/);
  });

  it('serves the HTTPS help page the insecure-connection banner links to', async () => {
    const response = await fetch(`${server.url}/help/https`, { headers: { Accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/tailscale serve/);
  });
});

describe('the share target', () => {
  const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);

  function share(files: { name: string; type: string; bytes: Buffer }[]): FormData {
    const form = new FormData();
    for (const f of files) form.append('photos', new Blob([new Uint8Array(f.bytes)], { type: f.type }), f.name);
    return form;
  }

  it('stores the shared photo and redirects to a new chat with it attached', async () => {
    const cookie = await login(server);
    const response = await fetch(`${server.url}/api/share`, { method: 'POST', body: share([{ name: 'menu.jpg', type: 'image/jpeg', bytes: JPEG }]), headers: { Cookie: cookie }, redirect: 'manual' });
    expect(response.status).toBe(303);
    const location = response.headers.get('location') ?? '';
    const id = /^\/chat\?photo=([0-9a-f-]{36})$/.exec(location)?.[1];
    expect(id, location).toBeTruthy();
    const stored = await fetch(`${server.url}/api/chat/uploads/${id}`, { headers: { Cookie: cookie } });
    expect(stored.status).toBe(200);
    expect(stored.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await stored.arrayBuffer()).equals(JPEG)).toBe(true);
  });

  it('answers the service worker in JSON, keeping the images and naming the files it skipped', async () => {
    const cookie = await login(server);
    const form = share([
      { name: 'a.jpg', type: 'image/jpeg', bytes: JPEG },
      { name: 'notes.txt', type: 'image/jpeg', bytes: Buffer.from('not an image') },
      { name: 'b.jpg', type: 'image/jpeg', bytes: JPEG },
    ]);
    const response = await fetch(`${server.url}/api/share`, { method: 'POST', body: form, headers: { Cookie: cookie, Accept: 'application/json' } });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.photoIds).toHaveLength(2);
    expect(body.skipped).toEqual([{ name: 'notes.txt', reason: expect.stringMatching(/not a JPEG, PNG, WebP or GIF/) }]);
    expect(body.location).toBe(`/chat?photo=${body.photoIds[0]}&photo=${body.photoIds[1]}`);
  });

  it('refuses a share with no usable photo, without a session, or from another site', async () => {
    const cookie = await login(server);
    const none = await fetch(`${server.url}/api/share`, { method: 'POST', body: share([{ name: 'x.txt', type: 'text/plain', bytes: Buffer.from('hello') }]), headers: { Cookie: cookie } });
    expect(none.status).toBe(400);
    expect(await none.json()).toMatchObject({ code: 'bad_request' });
    const anonymous = await fetch(`${server.url}/api/share`, { method: 'POST', body: share([{ name: 'a.jpg', type: 'image/jpeg', bytes: JPEG }]) });
    expect(anonymous.status).toBe(401);
    const foreign = await fetch(`${server.url}/api/share`, { method: 'POST', body: share([{ name: 'a.jpg', type: 'image/jpeg', bytes: JPEG }]), headers: { Cookie: cookie, Origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
  });
});
