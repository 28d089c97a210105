import path from 'node:path';
import Database from 'better-sqlite3';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionsPage } from './pages/sessions-page';
import { screenshotPath } from './support/browser';
import { useE2eStack } from './support/e2e-stack';
import { signedInContext } from './support/signed-in';

/** No HERMES_HOME: the Sessions screen reads through a gateway that advertises the session API. */
const KEY = 'e2e-gateway-sessions-key';
const e2e = useE2eStack({ gateway: { key: KEY, sessionApi: true }, paddockReadsHome: false });
let context: BrowserContext;

function busiestRootSession(): { id: string; messages: number } {
  const db = new Database(path.join(e2e.home, 'state.db'), { readonly: true });
  try {
    return db
      .prepare('SELECT s.id AS id, COUNT(m.id) AS messages FROM sessions s JOIN messages m ON m.session_id = s.id WHERE s.parent_session_id IS NULL GROUP BY s.id ORDER BY messages DESC LIMIT 1')
      .get() as { id: string; messages: number };
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  context = await signedInContext(e2e.browser, 'iphone', e2e.server);
});
afterAll(async () => {
  await context?.close();
});

describe('sessions through the gateway at the iPhone viewport', () => {
  it('lists conversations and opens a transcript without HERMES_HOME', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const sessions = new SessionsPage(page);
    await sessions.open();
    await expect.poll(() => sessions.rows().count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('sessions-gateway-iphone'), fullPage: true });

    const busiest = busiestRootSession();
    await page.goto(`/sessions/${encodeURIComponent(busiest.id)}`);
    await expect.poll(() => sessions.messages().count()).toBe(busiest.messages);
    expect(e2e.gateway.requests.some((r) => r.path.startsWith(`/api/sessions/${encodeURIComponent(busiest.id)}/messages`))).toBe(true);
    expect(errors, errors.join('\n')).toEqual([]);
    await page.close();
  });

  it('says plainly that searching needs HERMES_HOME', async () => {
    const page = await context.newPage();
    await page.goto('/sessions?q=hello');
    await expect.poll(() => page.getByText(/HERMES_HOME/).count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('sessions-gateway-search-iphone'), fullPage: true });
    await page.close();
  });
});
