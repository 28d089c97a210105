import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paddock-server';
import { ChatPage } from './pages/chat-page';
import { LoginPage } from './pages/login-page';
import { ReviewsPage } from './pages/reviews-page';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, newContext, screenshotPath, VIEWPORTS } from './support/browser';
import { useE2eStack } from './support/e2e-stack';

const KEY = 'e2e-pwa-key';
const REVIEW = 'd8fe129b0fd5/2026-11-23_09-00-34';
const SW_FILE = path.join(REPO_ROOT, process.env.PADDOCK_DIST_DIR ?? '.next', 'paddock-sw/sw.js');

let context: BrowserContext;
let page: Page;
let conversationPath = '';

const e2e = useE2eStack({ gateway: { key: KEY }, env: { ALLOWED_HOSTS: 'paddock.test' } });

beforeAll(async () => {
  context = await newContext(e2e.browser, 'iphone', e2e.server.url);
  page = await context.newPage();
  await new LoginPage(page).open('/reviews');
  await new LoginPage(page).logIn();
});

function chatRequestsWith(text: string) {
  return e2e.gateway.requests.filter((r) => r.path === '/v1/chat/completions' && r.body.includes(text));
}

/** URLs saved in one of the worker's caches. */
function savedUrls(cacheName: string): Promise<string[]> {
  return page.evaluate(async (name) => ((await caches.has(name)) ? (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname) : []), cacheName);
}

describe('the installed app (iPhone viewport, http://127.0.0.1 is a secure context)', () => {
  // Each offline step goes offline itself; a failed one must not leave the next ones offline.
  afterEach(() => context.setOffline(false));
  it('is controlled by the service worker once it has installed', async () => {
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null), { timeout: 30_000 }).toBe(`${e2e.server.url}/sw.js`);
    const precached = await page.evaluate(async () => (await caches.keys()).filter((n) => n.includes('precache')));
    expect(precached.length).toBe(1);
  });

  it('saves the reviews inbox, a review opened in the app, and a conversation for offline reading', async () => {
    const reviews = new ReviewsPage(page);
    await reviews.open();
    // Opening the review is a client-side navigation; the worker saves the document behind it.
    await reviews.openReview(REVIEW);
    await expect.poll(() => savedUrls('paddock-user-reviews-pages'), { timeout: 15_000 }).toEqual(expect.arrayContaining(['/reviews', `/reviews/${REVIEW}`]));

    const chat = new ChatPage(page);
    await chat.open();
    await chat.send('remember the lighthouse');
    await chat.waitForAnswer();
    conversationPath = new URL(page.url()).pathname;
    expect(conversationPath).toMatch(/^\/chat\/pwa-/);
    await page.reload();
    await expect.poll(() => savedUrls('paddock-user-chat-pages')).toContain(conversationPath);
  });

  it('offline: reopens a saved review and says it is offline', async () => {
    await context.setOffline(true);
    // Never loaded as a document in this session: this is the copy saved behind the in-app navigation.
    expect((await page.goto(`/reviews/${REVIEW}`))?.fromServiceWorker()).toBe(true);
    await new ReviewsPage(page).review().waitFor();
    await page.reload();
    await new ReviewsPage(page).review().waitFor();
    await page.getByTestId('offline-notice').waitFor();
    expect(await page.getByTestId('offline-notice').innerText()).toBe('You are offline; reading saved copies');
    await page.screenshot({ path: screenshotPath('pwa-offline-review-iphone') });
  });

  it('offline: shows the offline page, listing saved pages, for a page it never saved', async () => {
    await context.setOffline(true);
    await page.goto('/jobs');
    await page.getByRole('heading', { level: 1, name: 'You are offline' }).waitFor();
    const saved = page.locator('#saved');
    await saved.getByRole('heading', { name: 'Reviews' }).waitFor();
    expect(await saved.getByRole('link').allInnerTexts()).toEqual(expect.arrayContaining(['Reviews']));
    await page.screenshot({ path: screenshotPath('pwa-offline-page-iphone'), fullPage: true });
    await saved.getByRole('link', { name: /remember the lighthouse/ }).waitFor();
  });

  it('offline: queues a message in a saved conversation and delivers it once when back online', async () => {
    await context.setOffline(true);
    const response = await page.goto(conversationPath);
    expect(response?.fromServiceWorker()).toBe(true);
    const chat = new ChatPage(page);
    await chat.composer().waitFor();
    await chat.send('written in the tunnel');
    await chat.userMessages().last().and(page.locator('[data-status="queued"]')).waitFor();
    await page.screenshot({ path: screenshotPath('pwa-offline-queued-iphone') });
    expect(chatRequestsWith('written in the tunnel')).toHaveLength(0);
    await context.setOffline(false);
    const answer = await chat.waitForAnswer();
    expect(await answer.innerText()).toMatch(/Echo: written in the tunnel/);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => chatRequestsWith('written in the tunnel').length).toBe(1);
    await page.getByTestId('offline-notice').waitFor({ state: 'detached' });
  });

  it('opens a new chat with a photo shared through the share target', async () => {
    await page.goto('/reviews');
    const shareReplies: boolean[] = [];
    page.on('response', (r) => new URL(r.url()).pathname === '/api/share' && shareReplies.push(r.fromServiceWorker()));
    await page.evaluate(() => {
      const jpeg = Uint8Array.from(atob('/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q=='), (c) => c.charCodeAt(0));
      const files = new DataTransfer();
      files.items.add(new File([jpeg], 'shared.jpg', { type: 'image/jpeg' }));
      const form = Object.assign(document.createElement('form'), { method: 'post', action: '/api/share', enctype: 'multipart/form-data' });
      const input = Object.assign(document.createElement('input'), { type: 'file', name: 'photos' });
      input.files = files.files;
      form.append(input);
      document.body.append(form);
      form.submit();
    });
    await page.waitForURL((url) => url.pathname === '/chat' && /^[0-9a-f-]{36}$/.test(url.searchParams.get('photo') ?? ''));
    await page.getByRole('button', { name: /Remove photo 1/ }).waitFor();
    // The worker answered the share sheet's POST itself (re-posting it same-origin), not the network.
    expect(shareReplies).toEqual([true]);
  });

  it('offers "new version available" when a new worker waits, and reloads into it on request', async () => {
    const original = fs.readFileSync(SW_FILE);
    try {
      fs.writeFileSync(SW_FILE, Buffer.concat([original, Buffer.from(`\n// a new deployment ${Date.now()}\n`)]));
      await page.evaluate(() => {
        (window as unknown as { beforeUpdate: boolean }).beforeUpdate = true;
        return navigator.serviceWorker.getRegistration().then((r) => r?.update());
      });
      const prompt = page.getByRole('status', { name: 'Update available' });
      await prompt.waitFor({ timeout: 30_000 });
      expect(await prompt.innerText()).toMatch(/A new version of Paddock is available/);
      await page.screenshot({ path: screenshotPath('pwa-update-prompt-iphone') });
      await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
      await expect.poll(() => page.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate ?? false)).toBe(false);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
      expect(await prompt.count()).toBe(0);
    } finally {
      fs.writeFileSync(SW_FILE, original);
    }
  });

  it('drops every saved copy on logout, so nothing is readable offline afterwards', async () => {
    expect((await page.evaluate(() => caches.keys())).some((n) => n.startsWith('paddock-user-'))).toBe(true);
    await page.goto('/more');
    await Promise.all([page.waitForURL((url) => url.pathname === '/login'), page.getByRole('button', { name: 'Log out' }).click()]);
    await expect.poll(() => page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('paddock-user-')))).toEqual([]);
    await context.setOffline(true);
    await page.goto(`/reviews/${REVIEW}`);
    await page.getByRole('heading', { level: 1, name: 'You are offline' }).waitFor();
    expect(await page.locator('#saved').getByRole('link').allInnerTexts()).toEqual(['Reviews', 'Sessions', 'Skills']);
  });
});

describe('installability', () => {
  it('has a manifest Chromium parses and no installability errors', async () => {
    // A persistent profile: Chromium reports "in-incognito" for Playwright's throwaway contexts.
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-profile-'));
    const installable = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS, ...VIEWPORTS.desktop, baseURL: e2e.server.url });
    try {
      const tab = installable.pages()[0] ?? (await installable.newPage());
      await new LoginPage(tab).open('/chat');
      await new LoginPage(tab).logIn();
      const cdp = await installable.newCDPSession(tab);
      const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: { message: string }[] };
      expect(manifest.url).toBe(`${e2e.server.url}/manifest.webmanifest`);
      expect(manifest.errors).toEqual([]);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
      expect(installabilityErrors).toEqual([]);
    } finally {
      await installable.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });
});

describe('over plain HTTP on a tailnet-style name (not a secure context)', () => {
  it('shows a dismissible banner naming what is lost, linking to the HTTPS steps', async () => {
    const insecure = await launchInsecureBrowser();
    try {
      const ctx = await newContext(insecure, 'iphone', `http://paddock.test:${e2e.server.port}`);
      const tab = await ctx.newPage();
      await tab.goto('/login');
      const banner = tab.getByRole('complementary', { name: 'Connection not secure' });
      await banner.waitFor();
      expect(await tab.evaluate(() => window.isSecureContext)).toBe(false);
      expect(await banner.innerText()).toMatch(/offline use, notifications and the clipboard/);
      await tab.screenshot({ path: screenshotPath('pwa-insecure-banner-iphone') });
      await Promise.all([tab.waitForURL((url) => url.pathname === '/help/https'), banner.getByRole('link', { name: 'How to set up HTTPS' }).click()]);
      await tab.getByRole('heading', { level: 1, name: 'HTTPS on your tailnet' }).waitFor();
      await tab.screenshot({ path: screenshotPath('pwa-https-help-iphone'), fullPage: true });
      await tab.getByRole('button', { name: 'Dismiss' }).click();
      await banner.waitFor({ state: 'detached' });
      await tab.reload();
      await tab.getByRole('heading', { level: 1, name: 'HTTPS on your tailnet' }).waitFor();
      expect(await banner.count()).toBe(0);
    } finally {
      await insecure.close();
    }
  });
});

/** Chromium resolving paddock.test to this machine: plain HTTP to a name that is not localhost. */
function launchInsecureBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS, '--host-resolver-rules=MAP paddock.test 127.0.0.1'],
  });
}
