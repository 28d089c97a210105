import { describe, expect, it } from 'vitest';
import { TEST_PASSWORD } from '../support/paddock-server';
import { LoginPage } from './pages/login-page';
import { newContext, screenshotPath, type ViewportName } from './support/browser';
import { useE2eStack } from './support/e2e-stack';
import { collectPageErrors } from './support/page-errors';

const KEY = 'e2e-gateway-key';

const e2e = useE2eStack({ gateway: { key: KEY } });

describe.each<ViewportName>(['iphone', 'desktop'])('login and app shell at the %s viewport', (viewport) => {
  it('rejects a wrong password with a visible message', async () => {
    const context = await newContext(e2e.browser, viewport, e2e.server.url);
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.open('/chat');
    await login.logIn('not the password');
    expect(await login.errorText()).toMatch(/not right/);
    expect(new URL(page.url()).searchParams.get('next')).toBe('/chat');
    await context.close();
  });

  it('logs in, lands on the screen it asked for, and shows the gateway status', async () => {
    const context = await newContext(e2e.browser, viewport, e2e.server.url);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const login = new LoginPage(page);
    await login.open('/reviews');
    await page.screenshot({ path: screenshotPath(`login-${viewport}`) });
    await login.logIn();
    expect(new URL(page.url()).pathname).toBe('/reviews');
    const status = page.locator('[data-gateway-status]').filter({ visible: true });
    await expect.poll(() => status.getAttribute('data-gateway-status')).toBe('ok');
    await expect.poll(() => status.innerText()).toMatch(/Gateway online/);
    await expect.poll(() => page.getByRole('navigation', { name: 'Main' }).getByRole('link').count()).toBe(5);
    await page.screenshot({ path: screenshotPath(`shell-${viewport}`) });
    expect(errors, errors.join('\n')).toEqual([]);
    await context.close();
  });

  it('logs in when a script sets the password without React events', async () => {
    const context = await newContext(e2e.browser, viewport, e2e.server.url);
    const page = await context.newPage();
    await page.goto('/login');
    await page.evaluate((pw) => {
      (document.getElementById('password') as HTMLInputElement).value = pw;
      (document.querySelector('form') as HTMLFormElement).requestSubmit();
    }, TEST_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/chat');
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('logs in through the plain form', async () => {
    const context = await e2e.browser.newContext({ javaScriptEnabled: false, baseURL: e2e.server.url });
    const page = await context.newPage();
    await page.goto('/sessions');
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL((url) => url.pathname === '/sessions');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Sessions');
    await context.close();
  });
});

describe('when the gateway goes away', () => {
  it('says the gateway is unreachable and what to check', async () => {
    const context = await newContext(e2e.browser, 'desktop', e2e.server.url);
    const page = await context.newPage();
    await new LoginPage(page).open('/more');
    await new LoginPage(page).logIn();
    e2e.gateway.setScenario({ kind: 'refuse' });
    try {
      await expect
        .poll(
          async () => {
            await page.reload();
            return page.locator('[data-gateway-status]').filter({ visible: true }).getAttribute('data-gateway-status');
          },
          { timeout: 20_000, interval: 1_000 },
        )
        .toBe('unreachable');
      expect(await page.getByRole('alert').filter({ hasText: 'cannot be reached' }).innerText()).toMatch(/unreachable at http:\/\/127\.0\.0\.1/);
      await page.screenshot({ path: screenshotPath('shell-gateway-down-desktop') });
    } finally {
      e2e.gateway.setScenario({ kind: 'normal' });
    }
    await context.close();
  });
});
