import fs from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotPath } from './support/browser';
import { useE2eStack } from './support/e2e-stack';
import { openScreen } from './support/main-screens';
import { signedInContext } from './support/signed-in';

const KEY = 'e2e-pull-key';
const JOB = 'd8fe129b0fd5';
const NEW_RUN = '2026-11-30_09-00-00';

const e2e = useE2eStack({ gateway: { key: KEY } });

/** One finger from `fromY` to `toY` down the middle of the screen, in small steps as a real drag. */
async function drag(cdp: CDPSession, fromY: number, toY: number, beforeRelease?: () => Promise<unknown>): Promise<void> {
  const x = 195;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: fromY }] });
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: fromY + ((toY - fromY) * i) / steps }] });
  }
  await beforeRelease?.();
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/**
 * Scrolls to the top and waits until the page stays there: the fling of an earlier swipe can still
 * be moving it, and a pull only counts when it starts at the top.
 */
async function settleAtTop(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            window.scrollTo(0, 0);
            setTimeout(() => resolve(window.scrollY), 250);
          }),
      ),
    )
    .toBe(0);
}

/** Marks the rendered list so a remount (what a refresh does) is visible: the mark disappears with it. */
const markList = (page: Page) => page.evaluate(() => document.querySelector('[data-review-id]')?.setAttribute('data-test-mark', '1'));
const listMarked = (page: Page) => page.evaluate(() => document.querySelector('[data-test-mark]') !== null);

describe('pull to refresh at the iPhone viewport', () => {
  it('reloads the reviews list when pulled down from the top, and leaves ordinary scrolling alone', async () => {
    const context = await signedInContext(e2e.browser, 'iphone', e2e.server);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await openScreen(page, '/reviews');
    await markList(page);
    const runs = path.join(e2e.home, 'cron/output', JOB);
    fs.writeFileSync(path.join(runs, `${NEW_RUN}.md`), fs.readFileSync(path.join(runs, '2026-11-23_09-00-34.md')));

    // A swipe up scrolls the page and refreshes nothing.
    await drag(cdp, 600, 250);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await listMarked(page)).toBe(true);
    expect(await page.locator(`[data-review-id="${JOB}/${NEW_RUN}"]`).count()).toBe(0);

    // Back at the top, a pull down brings the new run in.
    await settleAtTop(page);
    await drag(cdp, 250, 600, () => page.screenshot({ path: screenshotPath('pull-to-refresh-iphone') }));
    await page.locator(`[data-review-id="${JOB}/${NEW_RUN}"]`).waitFor({ state: 'attached' });
    expect(await listMarked(page)).toBe(false);
    await context.close();
  });

  it('does not refresh a pull that starts in the middle of a scrolled list', async () => {
    const context = await signedInContext(e2e.browser, 'iphone', e2e.server);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await openScreen(page, '/reviews');
    await page.evaluate(() => window.scrollTo(0, 400));
    await markList(page);
    await drag(cdp, 250, 500);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(400);
    expect(await listMarked(page)).toBe(true);
    await context.close();
  });
});
