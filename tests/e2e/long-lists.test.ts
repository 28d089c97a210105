import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, generateHermesHome } from '../../scripts/hermes-home-gen/generate';
import { screenshotPath } from './support/browser';
import { useE2eStack } from './support/e2e-stack';
import { loggedInThroughForm } from './support/signed-in';

const PAGES_TO_LOAD = 9;

const e2e = useE2eStack({
  gateway: false,
  home: 'empty',
  prepareHome: (home) => generateHermesHome(home, { ...DEFAULT_OPTIONS, sessions: 420, messages: 9000, reviews: 320, seed: 'e2e-long-lists' }),
});
let context: BrowserContext;

beforeAll(async () => {
  context = await loggedInThroughForm(e2e.browser, 'iphone', e2e.server, '/sessions');
});
afterAll(async () => {
  await context?.close();
});

/** Loads `pages` more pages with the button under the list, scrolling to it like a reader would; each page is one more chunk. */
async function loadPages(page: Page, button: string, pages: number): Promise<void> {
  const chunks = () => page.locator('[data-chunk]').count();
  for (let i = 0; i < pages; i++) {
    const before = await chunks();
    const more = page.getByRole('button', { name: button });
    await more.scrollIntoViewIfNeeded();
    await more.click();
    await expect.poll(chunks, { timeout: 15_000 }).toBe(before + 1);
  }
}

/** Waits `n` animation frames: observers report and React renders between frames. */
function frames(page: Page, n: number): Promise<void> {
  return page.evaluate((count) => new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  }), n);
}

/** The rows in the DOM, and the id and top of the first row on screen, `n` frames from now. */
async function snapshot(page: Page, attr: string, n = 2): Promise<{ inDom: number; topId: string | null; top: number }> {
  await frames(page, n);
  return page.evaluate((a) => {
    const rows = [...document.querySelectorAll(`[${a}]`)];
    const onScreen = rows.find((el) => el.getBoundingClientRect().bottom > 0);
    return { inDom: rows.length, topId: onScreen?.getAttribute(a) ?? null, top: onScreen?.getBoundingClientRect().top ?? 0 };
  }, attr);
}

describe.each([
  { screen: '/sessions', rows: '[data-session-id]', attr: 'data-session-id', button: 'Load more', name: 'sessions' },
  { screen: '/reviews', rows: '[data-review-id]', attr: 'data-review-id', button: 'Older runs', name: 'reviews' },
])('a long $name list on the iPhone', ({ screen, rows, attr, button, name }) => {
  it('keeps the DOM small and scrolling steady after many pages', { timeout: 180_000 }, async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(screen);
    await page.locator(rows).first().waitFor();
    const firstId = await page.locator(rows).first().getAttribute(attr);
    await loadPages(page, button, PAGES_TO_LOAD);
    const loaded = (PAGES_TO_LOAD + 1) * 30;

    // At the bottom, only the chunks near the screen are rows; the rest are placeholders.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const bottom = await snapshot(page, attr);
    expect(bottom.inDom).toBeLessThanOrEqual(120);
    expect(bottom.inDom).toBeLessThan(loaded / 2);

    // Walking up a screen at a time, every stop shows rows, and a row stays put once the page settles.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = height; y > 0; y -= 700) {
      await page.evaluate((to) => window.scrollTo(0, to), y);
      const a = await snapshot(page, attr);
      expect(a.topId, `at ${y}px`).not.toBeNull();
      const b = await snapshot(page, attr, 12);
      expect(b.topId).toBe(a.topId);
      expect(Math.abs(b.top - a.top), `row moved at ${y}px`).toBeLessThanOrEqual(1);
    }
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(height);

    await page.evaluate(() => window.scrollTo(0, 0));
    const top = await snapshot(page, attr, 12);
    expect(top.topId).toBe(firstId);
    await page.screenshot({ path: screenshotPath(`long-${name}-iphone`) });
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });
});

describe('a long transcript on the iPhone', () => {
  it('sends the first screen, then adds messages as the reader scrolls to them', async () => {
    const page = await context.newPage();
    await page.goto('/sessions');
    const longest = await page.evaluate(async () => {
      const reply = await fetch('/api/sessions?limit=100');
      const list = (await reply.json()) as { items: { id: string; messageCount: number }[] };
      return list.items.reduce((a, b) => (b.messageCount > a.messageCount ? b : a));
    });
    expect(longest.messageCount).toBeGreaterThan(60);
    await page.goto(`/sessions/${encodeURIComponent(longest.id)}`);
    const messages = page.locator('li[data-message-id]');
    await messages.first().waitFor();
    const total = Number(/· (\d+) messages/.exec(await page.locator('article header').innerText())?.[1]);
    expect(await messages.count()).toBe(24);
    while ((await messages.count()) < total) {
      const shown = await messages.count();
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(() => messages.count()).toBeGreaterThan(shown);
    }
    expect(await messages.count()).toBe(total);
    expect(await page.locator('[data-part="rest-pending"]').count()).toBe(0);
    await page.close();
  });
});
