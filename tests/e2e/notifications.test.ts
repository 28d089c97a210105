import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { LoginPage } from './pages/login-page';
import { NotificationSettingsPage } from './pages/notification-settings-page';
import { newContext, screenshotPath } from './support/browser';
import { useE2eStack } from './support/e2e-stack';

const KEY = 'e2e-notifications-key';

let context: BrowserContext;
let page: Page;
const errors: string[] = [];

const e2e = useE2eStack({ gateway: { key: KEY } });

beforeAll(async () => {
  context = await newContext(e2e.browser, 'iphone', e2e.server.url);
  // The permission a person would give after tapping; it only lets the section show its real state here.
  await context.grantPermissions(['notifications'], { origin: e2e.server.url });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  await new LoginPage(page).open('/settings');
  await new LoginPage(page).logIn();
});

describe('Settings → Notifications (iPhone viewport, http://127.0.0.1 is a secure context)', () => {
  const settings = () => new NotificationSettingsPage(page);

  it('shows this device as off, with a switch to turn it on, once the service worker runs', async () => {
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null), { timeout: 30_000 }).toBe(`${e2e.server.url}/sw.js`);
    await settings().open();
    await expect.poll(() => settings().deviceState(), { timeout: 15_000 }).toBe('off');
    expect(await settings().deviceSwitch().getAttribute('aria-checked')).toBe('false');
    await expect.poll(() => settings().section().innerText()).toContain('only in the app added to the Home Screen (iOS 16.4 or later)');
  });

  it('lists every job with its own switch, and keeps a job turned off', async () => {
    await settings().jobSwitch('heartbeat').waitFor();
    expect(await settings().jobSwitch('daily-review').getAttribute('aria-checked')).toBe('true');
    const saved = page.waitForResponse((r) => r.url().includes('/api/push/jobs/') && r.request().method() === 'PUT');
    await settings().jobSwitch('heartbeat').click();
    expect((await saved).status()).toBe(200);
    await settings().open();
    await expect.poll(() => settings().jobSwitch('heartbeat').getAttribute('aria-checked')).toBe('false');
  });

  it('has touch targets at least 44 px tall', async () => {
    const heights = await settings().section().getByRole('switch').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(2);
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: screenshotPath('notifications-iphone-page'), fullPage: true });
    await settings().section().screenshot({ path: screenshotPath('notifications-iphone') });
    expect(errors).toEqual([]);
  });

  it('shows a pushed review as a notification from the service worker (push delivered through DevTools)', async () => {
    const cdp = await context.newCDPSession(page);
    const registrations = new Promise<string>((resolve) => {
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations: list }) => {
        const ours = list.find((r) => r.scopeURL === `${e2e.server.url}/` && !r.isDeleted);
        if (ours) resolve(ours.registrationId);
      });
    });
    await cdp.send('ServiceWorker.enable');
    const registrationId = await registrations;
    const message = { title: 'daily-review is ready', body: 'Monday review', url: '/reviews/50b370ec83f5/2026-11-22_08-00-34', tag: 'review-e2e', unread: 3 };
    await cdp.send('ServiceWorker.deliverPushMessage', { origin: e2e.server.url, registrationId, data: JSON.stringify(message) });
    const shown = () =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        return (await registration.getNotifications({ tag: 'review-e2e' })).map((n) => ({ title: n.title, body: n.body, data: n.data as unknown }));
      });
    await expect.poll(shown, { timeout: 15_000 }).toEqual([{ title: 'daily-review is ready', body: 'Monday review', data: { url: '/reviews/50b370ec83f5/2026-11-22_08-00-34' } }]);
    await cdp.detach();
  });

  it('explains the Home Screen step in iPhone Safari, where web pages get no push', async () => {
    const safari = await newContext(e2e.browser, 'iphone', e2e.server.url);
    await safari.addCookies(await context.cookies());
    // Safari on iOS exposes no PushManager outside an app added to the Home Screen.
    await safari.addInitScript(() => Reflect.deleteProperty(window, 'PushManager'));
    const tab = await safari.newPage();
    const view = new NotificationSettingsPage(tab);
    await view.open();
    await expect.poll(() => view.deviceState(), { timeout: 15_000 }).toBe('ios-not-installed');
    expect(await view.section().innerText()).toContain('tap Share, then Add to Home Screen (iOS 16.4 or later)');
    expect(await view.deviceSwitch().count()).toBe(0);
    await view.section().screenshot({ path: screenshotPath('notifications-iphone-safari') });
    await safari.close();
  });
});
