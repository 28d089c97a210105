import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPath } from './support/browser';
import { useE2eStack } from './support/e2e-stack';
import { loggedInThroughForm } from './support/signed-in';

const KEY = 'e2e-jobs-key';
const DAILY = '50b370ec83f5';

const e2e = useE2eStack({ gateway: { key: KEY } });
let context: BrowserContext;

beforeAll(async () => {
  context = await loggedInThroughForm(e2e.browser, 'iphone', e2e.server, '/more');
});
afterEach(() => e2e.gateway.setScenario({ kind: 'normal' }));

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
    const actions = e2e.gateway.requests.filter((r) => r.method === 'POST' && r.path.startsWith(`/api/jobs/${DAILY}/`)).map((r) => r.path.split('/').pop());
    expect(actions).toEqual(['run', 'pause', 'resume']);
    await page.close();
  });

  it('keeps the list from cron/jobs.json when the gateway is down and shows the error inline', async () => {
    e2e.gateway.setScenario({ kind: 'refuse' });
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
