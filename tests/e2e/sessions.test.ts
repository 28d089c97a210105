import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionsPage } from './pages/sessions-page';
import { screenshotPath, type ViewportName } from './support/browser';
import { useE2eStack } from './support/e2e-stack';
import { collectPageErrors } from './support/page-errors';
import { loggedInThroughForm } from './support/signed-in';

const KEY = 'e2e-sessions-key';

const e2e = useE2eStack({ gateway: { key: KEY } });

describe.each<ViewportName>(['iphone', 'desktop'])('sessions at the %s viewport', (viewport) => {
  let context: BrowserContext;
  let errors: string[];

  beforeAll(async () => {
    context = await loggedInThroughForm(e2e.browser, viewport, e2e.server, '/sessions');
  });
  afterAll(async () => {
    await context?.close();
  });

  async function openSessions(path = '/sessions'): Promise<SessionsPage> {
    const page = await context.newPage();
    errors = collectPageErrors(page);
    const sessions = new SessionsPage(page);
    await sessions.open(path);
    return sessions;
  }

  it('filters conversations by source', async () => {
    const sessions = await openSessions();
    const all = await sessions.rows().count();
    expect(all).toBeGreaterThan(13);
    await sessions.page.screenshot({ path: screenshotPath(`sessions-${viewport}`), fullPage: true });
    await sessions.filterBySource('Cron');
    await sessions.page.waitForURL((url) => url.searchParams.get('source') === 'cron');
    await expect.poll(() => sessions.rows().count()).toBe(13);
    const labels = await sessions.rows().locator('span.rounded').allInnerTexts();
    expect(new Set(labels)).toEqual(new Set(['Cron']));
    expect(errors, errors.join('\n')).toEqual([]);
    await sessions.page.close();
  });

  it('opens a transcript with tool calls and results folded', async () => {
    const sessions = await openSessions();
    await Promise.all([sessions.page.waitForURL((url) => url.pathname === '/sessions/api-f4bfee8e12e3bdc3'), sessions.page.locator('[data-session-id="api-f4bfee8e12e3bdc3"]').click()]);
    await expect.poll(() => sessions.messages().count()).toBe(8);
    const call = sessions.page.locator('details', { hasText: 'Tool call · terminal' });
    expect(await call.getAttribute('open')).toBeNull();
    await call.locator('summary').click();
    await expect.poll(() => call.getAttribute('open')).toBe('');
    expect(await call.locator('pre').innerText()).toMatch(/"command"/);
    expect(await sessions.page.locator('details', { hasText: 'Result · terminal' }).count()).toBe(1);
    await expect.poll(() => sessions.page.locator('[data-role="assistant"] table').count()).toBeGreaterThan(0);
    await sessions.page.screenshot({ path: screenshotPath(`session-transcript-${viewport}`), fullPage: true });
    expect(errors, errors.join('\n')).toEqual([]);
    await sessions.page.close();
  });

  it('searches, highlights the matches, and jumps to the message', async () => {
    const sessions = await openSessions();
    await sessions.search('黑芝麻');
    expect(new URL(sessions.page.url()).searchParams.get('q')).toBe('黑芝麻');
    await expect.poll(() => sessions.hits().count()).toBeGreaterThan(0);
    const marks = await sessions.hits().locator('mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['黑芝麻']));
    await sessions.page.screenshot({ path: screenshotPath(`sessions-search-${viewport}`), fullPage: true });

    const hit = sessions.hits().last();
    const messageId = await hit.getAttribute('data-message-id');
    await Promise.all([sessions.page.waitForURL((url) => url.searchParams.get('m') === messageId), hit.click()]);
    const target = sessions.highlighted();
    await target.waitFor();
    expect(await target.getAttribute('data-message-id')).toBe(messageId);
    await expect.poll(() => target.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top < window.innerHeight && box.bottom > 0;
    })).toBe(true);
    await sessions.page.screenshot({ path: screenshotPath(`session-jump-${viewport}`) });
    expect(errors, errors.join('\n')).toEqual([]);
    await sessions.page.close();
  });
});
