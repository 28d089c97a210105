import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginPage } from './pages/login-page';
import { ReviewsPage } from './pages/reviews-page';
import { launchChromium, newContext, screenshotPath, type ViewportName } from './support/browser';
import { useE2eStack } from './support/e2e-stack';
import { collectPageErrors } from './support/page-errors';

const KEY = 'e2e-reviews-key';
const DIGEST = 'd8fe129b0fd5/2026-11-23_09-00-34';
const FAILED = '50b370ec83f5/2026-11-23_08-00-41';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each<ViewportName>(['iphone', 'desktop'])('reviews at the %s viewport', (viewport) => {
  // A server of its own per viewport: opening a review marks it read for good.
  const e2e = useE2eStack({ gateway: { key: KEY }, browser: false });

  it('shows the unread badge, marks a review read on open, and the badge drops', async () => {
    const context = await newContext(browser, viewport, e2e.server.url);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await new LoginPage(page).open('/reviews');
    await new LoginPage(page).logIn();
    const reviews = new ReviewsPage(page);
    await reviews.page.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor();
    await expect.poll(() => reviews.badgeCount()).toBe(11);
    expect(await reviews.unreadRows().count()).toBe(11);
    expect(await reviews.rows().first().getAttribute('data-review-id')).toBe(DIGEST);
    await page.screenshot({ path: screenshotPath(`reviews-inbox-${viewport}`), fullPage: true });

    await reviews.openReview(DIGEST);
    const article = reviews.review();
    expect(await article.locator('header h1').innerText()).toBe('weekly digest');
    await expect.poll(() => article.locator('table, ul, ol').count()).toBeGreaterThan(0);
    expect(await article.locator('details').first().getAttribute('open')).toBeNull();
    await expect.poll(() => reviews.badgeCount()).toBe(10);
    await page.screenshot({ path: screenshotPath(`review-${viewport}`), fullPage: true });

    await page.goBack();
    await reviews.row(DIGEST).waitFor();
    await expect.poll(() => reviews.row(DIGEST).getAttribute('data-unread')).toBeNull();
    expect(await reviews.badgeCount()).toBe(10);
    expect(errors, errors.join('\n')).toEqual([]);
    await context.close();
  });

  it('shows a failed run’s error and continues it in chat', async () => {
    const context = await newContext(browser, viewport, e2e.server.url);
    const page = await context.newPage();
    await new LoginPage(page).open(`/reviews/${FAILED}`);
    await new LoginPage(page).logIn();
    const reviews = new ReviewsPage(page);
    await reviews.review().waitFor();
    expect(await reviews.review().getAttribute('data-review-status')).toBe('failed');
    expect(await reviews.review().innerText()).toMatch(/This run failed\.[\s\S]*HTTP 503/);
    await page.screenshot({ path: screenshotPath(`review-failed-${viewport}`), fullPage: true });
    const link = page.getByRole('link', { name: 'Continue in chat' });
    expect(await link.getAttribute('href')).toBe(`/chat?review=${encodeURIComponent(FAILED)}`);
    await Promise.all([page.waitForURL((url) => url.pathname === '/chat'), link.click()]);
    await expect.poll(() => page.getByLabel('Message', { exact: true }).inputValue(), { timeout: 15_000 }).toMatch(/daily-review/);
    await context.close();
  });

  it('filters by job and marks everything read', async () => {
    const context = await newContext(browser, viewport, e2e.server.url);
    const page = await context.newPage();
    await new LoginPage(page).open('/reviews');
    await new LoginPage(page).logIn();
    const reviews = new ReviewsPage(page);
    await page.getByRole('navigation', { name: 'Filter by job' }).getByRole('link', { name: /^heartbeat/ }).click();
    await page.waitForURL((url) => url.searchParams.get('job') === 'dcf4c3efe485');
    await expect.poll(() => reviews.rows().count()).toBe(3);
    expect(await page.getByText('Nothing to report.').count()).toBe(2);
    await page.screenshot({ path: screenshotPath(`reviews-job-${viewport}`), fullPage: true });
    await page.getByRole('navigation', { name: 'Filter by job' }).getByRole('link', { name: /^All/ }).click();
    await page.waitForURL((url) => !url.searchParams.has('job'));
    await page.getByRole('button', { name: 'Mark all read' }).click();
    await expect.poll(() => reviews.unreadRows().count()).toBe(0);
    await expect.poll(() => reviews.badgeCount()).toBeNull();
    await context.close();
  });
});
