import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGateway, type FakeGateway } from '../fake-gateway';
import { copyFixtureHome, startPaddock, type PaddockServer } from '../support/paddock-server';
import { LoginPage } from './pages/login-page';
import { launchChromium, newContext, screenshotPath } from './support/browser';

const KEY = 'e2e-jobs-key';
const DAILY = '50b370ec83f5';
let home: string;
let gateway: FakeGateway;
let server: PaddockServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  home = copyFixtureHome();
  gateway = await startFakeGateway({ apiKey: KEY, hermesHome: home });
  server = await startPaddock({ HERMES_API_URL: gateway.url, HERMES_API_KEY: KEY, HERMES_HOME: home });
  browser = await launchChromium();
  context = await newContext(browser, 'iphone', server.url);
  const page = await context.newPage();
  await new LoginPage(page).open('/more');
  await new LoginPage(page).logIn();
  await page.close();
});
afterEach(() => gateway.setScenario({ kind: 'normal' }));
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await gateway?.close();
  fs.rmSync(home, { recursive: true, force: true });
});

function card(page: Page, id: string) {
  return page.locator(`li[data-job-id="${id}"]`);
}

describe('jobs at the iPhone viewport', () => {
  it('is reached from More, and runs, pauses and resumes a job', async () => {
    const page = await context.newPage();
    await page.goto('/more');
    await Promise.all([page.waitForURL((url) => url.pathname === '/jobs'), page.getByRole('link', { name: 'Jobs' }).click()]);
    const daily = card(page, DAILY);
    await daily.waitFor();
    expect(await daily.innerText()).toMatch(/daily-review[\s\S]*0 8 \* \* \*[\s\S]*HTTP 503/);
    await page.screenshot({ path: screenshotPath('jobs-iphone'), fullPage: true });

    await daily.getByRole('button', { name: 'Run now' }).click();
    await expect.poll(() => daily.getByRole('status').innerText()).toMatch(/Queued/);
    await daily.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => daily.locator('[data-job-state]').innerText()).toMatch(/paused/i);
    await daily.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => daily.locator('[data-job-state]').innerText()).toMatch(/scheduled/i);
    const actions = gateway.requests.filter((r) => r.method === 'POST' && r.path.startsWith(`/api/jobs/${DAILY}/`)).map((r) => r.path.split('/').pop());
    expect(actions).toEqual(['run', 'pause', 'resume']);
    await page.close();
  });

  it('keeps the list from cron/jobs.json when the gateway is down and shows the error inline', async () => {
    gateway.setScenario({ kind: 'refuse' });
    const page = await context.newPage();
    await page.goto('/jobs');
    const banner = page.locator('main').getByRole('alert').first();
    await expect.poll(() => banner.innerText()).toMatch(/cron\/jobs\.json[\s\S]*unreachable/);
    const daily = card(page, DAILY);
    await daily.getByRole('button', { name: 'Run now' }).click();
    await expect.poll(() => daily.getByRole('alert').innerText()).toMatch(/unreachable at http:\/\/127\.0\.0\.1/);
    await page.screenshot({ path: screenshotPath('jobs-gateway-down-iphone'), fullPage: true });
    await page.close();
  });
});
