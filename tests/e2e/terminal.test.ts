import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TerminalPage } from './pages/terminal-page';
import { screenshotPath, type ViewportName } from './support/browser';
import { useE2eStack } from './support/e2e-stack';
import { collectPageErrors } from './support/page-errors';
import { loggedInThroughForm } from './support/signed-in';

const e2e = useE2eStack({ gateway: false, home: false, terminalShell: true, env: { HERMES_API_URL: 'http://127.0.0.1:9' } });

/** A logged-in context with no terminals left over from an earlier test. */
async function loggedIn(viewport: ViewportName): Promise<BrowserContext> {
  const context = await loggedInThroughForm(e2e.browser, viewport, e2e.server, '/more');
  const list = (await (await context.request.get('/api/terminal/sessions')).json()) as { terminals: { id: string }[] };
  for (const t of list.terminals) await context.request.delete(`/api/terminal/sessions/${t.id}`);
  return context;
}

describe.each<ViewportName>(['iphone', 'desktop'])('the terminal at the %s viewport', (viewport) => {
  it('opens from More, runs a command in a real shell and shows its answer', async () => {
    const context = await loggedIn(viewport);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto('/more');
    await page.getByRole('link', { name: 'Terminal' }).click();
    const terminal = new TerminalPage(page);
    await terminal.connected();
    await terminal.run('echo $((6*7))');
    await terminal.waitForLine(/^42$/);
    await expect.poll(() => terminal.tabs().first().innerText()).toMatch(/Terminal 1\s+running · attached/);
    await page.screenshot({ path: screenshotPath(`terminal-${viewport}`) });
    expect(errors, errors.join('\n')).toEqual([]);
    await context.close();
  });

  it('resizes the PTY when the viewport changes, as `stty size` shows', async () => {
    const context = await loggedIn(viewport);
    const page = await context.newPage();
    const terminal = new TerminalPage(page);
    await terminal.open();
    const before = await terminal.sttySize();
    expect(before.rows).toBe(await terminal.visibleRows());
    const size = page.viewportSize() ?? { width: 390, height: 844 };
    await page.setViewportSize({ width: Math.round(size.width * 0.8), height: Math.round(size.height * 0.7) });
    await expect.poll(() => terminal.visibleRows()).toBeLessThan(before.rows);
    const after = await terminal.sttySize();
    expect(after.cols).toBeLessThan(before.cols);
    expect(after.rows).toBe(await terminal.visibleRows());
    await context.close();
  });
});

describe('when the connection drops', () => {
  it('keeps the shell running, reconnects by itself and replays what was missed; a reopened page replays it all', async () => {
    const context = await loggedIn('iphone');
    await context.addInitScript(() => {
      // Test-only handle on the page's sockets, so the test can cut one like a network blip would,
      // and keep new ones from connecting until it says so (offline emulation alone can lag behind a
      // quick reconnect on a loaded machine).
      const Native = window.WebSocket;
      const opened: WebSocket[] = [];
      const control = { __sockets: opened, __blockSockets: false };
      Object.assign(window, control);
      window.WebSocket = class extends Native {
        constructor(url: string | URL, protocols?: string | string[]) {
          // Blocked: the same origin (the page's CSP allows nothing else) on a path with no socket.
          super((window as unknown as typeof control).__blockSockets ? String(url).replace(/\/[^/?]*(\?|$)/, '/no-socket-here$1') : url, protocols);
          opened.push(this);
        }
      };
    });
    const page = await context.newPage();
    const terminal = new TerminalPage(page);
    await terminal.open();
    await terminal.run('echo before-$((6*7))');
    await terminal.waitForLine(/^before-42$/);

    const mark = path.join(os.tmpdir(), `paddock-e2e-${process.pid}-${Date.now()}`);
    await terminal.run(`sleep 1; echo missed-$((5*5)); touch ${mark}`);
    await context.setOffline(true);
    await page.evaluate(() => {
      const control = window as unknown as { __sockets: WebSocket[]; __blockSockets: boolean };
      control.__blockSockets = true;
      control.__sockets.at(-1)?.close();
    });
    await expect.poll(() => terminal.view().getAttribute('data-connection'), { timeout: 25_000 }).not.toBe('open');
    await page.getByRole('status').filter({ hasText: /Reconnecting/ }).waitFor();
    await page.screenshot({ path: screenshotPath('terminal-reconnecting-iphone') });
    await expect.poll(() => fs.existsSync(mark), { timeout: 10_000 }).toBe(true);
    // The output above was printed while this page had no socket: it can only arrive as a replay.
    expect(await terminal.view().getAttribute('data-connection')).not.toBe('open');
    expect(await terminal.screen()).not.toMatch(/^missed-25$/m);

    await page.evaluate(() => Object.assign(window, { __blockSockets: false }));
    await context.setOffline(false);
    await terminal.connected();
    await terminal.waitForLine(/^missed-25$/);
    const lines = await terminal.lines();
    expect(lines.filter((l) => l === 'before-42')).toHaveLength(1);
    expect(lines.filter((l) => l === 'missed-25')).toHaveLength(1);

    await page.close();
    const reopened = new TerminalPage(await context.newPage());
    await reopened.open();
    await reopened.waitForLine(/^before-42$/);
    await reopened.waitForLine(/^missed-25$/);
    expect(await reopened.tabs().count()).toBe(1);
    await reopened.page.screenshot({ path: screenshotPath('terminal-replayed-iphone') });
    fs.rmSync(mark, { force: true });
    await context.close();
  });
});

describe('tabs and text size', () => {
  it('renames, adds and closes terminals, and remembers the text size on this device', async () => {
    const context = await loggedIn('desktop');
    const page = await context.newPage();
    const terminal = new TerminalPage(page);
    await terminal.open();
    await page.getByRole('button', { name: 'Rename terminal' }).click();
    await page.getByLabel('Terminal name').fill('build');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => terminal.tabs().first().innerText()).toMatch(/^build/);

    await page.getByRole('button', { name: 'New terminal' }).click();
    await expect.poll(() => terminal.tabs().count()).toBe(2);
    await expect.poll(() => terminal.tabs().nth(1).getAttribute('aria-selected')).toBe('true');
    await terminal.connected();
    await expect.poll(() => terminal.tabs().first().innerText(), { timeout: 15_000 }).toMatch(/running · detached/);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Close terminal' }).click();
    await expect.poll(() => terminal.tabs().count()).toBe(1);
    await expect.poll(() => terminal.tabs().first().getAttribute('aria-selected')).toBe('true');

    const size = page.getByLabel(/^Font size/);
    const before = Number(await size.innerText());
    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await expect.poll(async () => Number(await size.innerText())).toBe(before + 2);
    await page.reload();
    await terminal.connected();
    await expect.poll(async () => Number(await size.innerText())).toBe(before + 2);
    await context.close();
  });
});

describe('hooks for other screens', () => {
  it('opens a new terminal with ?type= and the command typed in but not run', async () => {
    const context = await loggedIn('desktop');
    const page = await context.newPage();
    const terminal = new TerminalPage(page);
    await terminal.open(`/terminal?type=${encodeURIComponent('echo hooked-$((2*21))')}`);
    await terminal.waitForLine(/^\$ echo hooked-\$\(\(2\*21\)\)$/);
    expect(new URL(page.url()).search).toBe('');
    expect(await terminal.screen()).not.toMatch(/^hooked-42$/m);
    await page.keyboard.press('Enter');
    await terminal.waitForLine(/^hooked-42$/);
    await context.close();
  });
});
