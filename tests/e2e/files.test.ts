import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FilesPage } from './pages/files-page';
import { LoginPage } from './pages/login-page';
import { newContext, screenshotPath, type ViewportName } from './support/browser';
import { useE2eStack } from './support/e2e-stack';

const KEY = 'e2e-files-key';

const e2e = useE2eStack({ gateway: { key: KEY }, env: { FILES_WRITABLE: '1' } });

interface Session {
  context: BrowserContext;
  page: Page;
  files: FilesPage;
  /** Every URL the pages and their workers asked for. */
  requests: string[];
  /** Uncaught errors and Content-Security-Policy refusals. */
  problems: string[];
}

function watch(page: Page, session: Pick<Session, 'requests' | 'problems'>): void {
  page.on('request', (request) => session.requests.push(request.url()));
  page.on('pageerror', (error) => session.problems.push(error.message));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|create)/i.test(message.text())) session.problems.push(message.text());
  });
}

async function signedIn(viewport: ViewportName, next: string): Promise<Session> {
  const context = await newContext(e2e.browser, viewport, e2e.server.url);
  const page = await context.newPage();
  const session = { context, page, files: new FilesPage(page), requests: [], problems: [] };
  watch(page, session);
  const login = new LoginPage(page);
  await login.open(`/login?next=${encodeURIComponent(next)}`);
  await login.logIn();
  return session;
}

function foreign(requests: string[]): string[] {
  const own = new URL(e2e.server.url).origin;
  return requests.filter((url) => !url.startsWith('data:') && !(url.startsWith('blob:') ? new URL(url.slice(5)).origin === own : new URL(url).origin === own));
}

const disk = (rel: string) => fs.readFileSync(path.join(e2e.home, rel), 'utf8');

describe('files on the desktop', () => {
  it('opens config.yaml from the browser, edits it in Monaco, saves with Cmd+S, and the change is on disk', async () => {
    const { context, page, files, requests, problems } = await signedIn('desktop', '/files');
    expect(page.url()).toMatch(/\/files$/);
    await expect.poll(() => files.entry('config.yaml').isVisible()).toBe(true);
    expect(await files.entry('.env').count()).toBe(0);
    expect(await files.entry('state.db').getAttribute('data-blocked')).toBe('true');
    await page.screenshot({ path: screenshotPath('files-browser-desktop') });

    await files.entry('config.yaml').getByRole('link').click();
    await page.getByRole('link', { name: 'Edit' }).click();
    await files.editorReady();
    expect(requests.some((url) => url.endsWith('/monaco/vs/loader.js'))).toBe(true);

    await files.endOfLine(3);
    await page.keyboard.type(' # tuned from Paddock');
    await expect.poll(() => files.saveStatus().getAttribute('data-save-status')).toBe('dirty');
    await page.keyboard.press('Control+S');
    await expect.poll(() => files.saveStatus().getAttribute('data-save-status')).toBe('saved');
    expect(disk('config.yaml')).toMatch(/^ {2}default: fake-model # tuned from Paddock$/m);
    await page.screenshot({ path: screenshotPath('files-editor-desktop') });

    // Cmd+P inside Monaco opens quick open rather than Monaco's own palette or the print dialog.
    await page.locator('[data-testid="monaco-host"] .monaco-editor .view-lines').click();
    await page.keyboard.press('Control+P');
    await page.getByRole('dialog', { name: 'Quick open' }).waitFor();
    await page.keyboard.press('Escape');

    // Monaco's workers start too: the editor worker is fetched from our origin through a blob: worker.
    await expect.poll(() => requests.some((url) => /\/monaco\/vs\/assets\/editor\.worker-[^/]+\.js$/.test(url))).toBe(true);
    expect(foreign(requests), foreign(requests).join('\n')).toEqual([]);
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });

  it('refuses a second tab’s stale save with a diff of both versions, and keeps the newer file until told otherwise', async () => {
    const first = await signedIn('desktop', '/files');
    const second = await first.context.newPage();
    const secondFiles = new FilesPage(second);
    await first.files.openEditor('SOUL.md');
    await secondFiles.openEditor('SOUL.md');

    await first.files.endOfLine(1);
    await first.page.keyboard.type(' (edited in tab one)');
    await first.page.keyboard.press('Control+S');
    await expect.poll(() => first.files.saveStatus().getAttribute('data-save-status')).toBe('saved');
    const afterFirst = disk('SOUL.md');
    expect(afterFirst).toMatch(/\(edited in tab one\)/);

    await secondFiles.endOfLine(1);
    await second.keyboard.type(' (stale edit in tab two)');
    await second.keyboard.press('Control+S');
    await secondFiles.conflict().waitFor();
    expect(await secondFiles.conflict().getByRole('alert').innerText()).toMatch(/changed on disk since you opened it/);
    await expect.poll(() => second.locator('[data-testid="conflict-diff"] .monaco-diff-editor').count()).toBeGreaterThan(0);
    expect(disk('SOUL.md')).toBe(afterFirst);
    await second.screenshot({ path: screenshotPath('files-conflict-desktop') });

    await secondFiles.conflict().getByRole('button', { name: 'Save mine over it' }).click();
    await expect.poll(() => secondFiles.saveStatus().getAttribute('data-save-status')).toBe('saved');
    expect(disk('SOUL.md')).toMatch(/\(stale edit in tab two\)/);
    expect(disk('SOUL.md')).not.toMatch(/\(edited in tab one\)/);
    await first.context.close();
  });

  it('refuses invalid YAML with the parser’s line and column and puts the cursor there', async () => {
    const { context, page, files } = await signedIn('desktop', '/files/edit?path=config.yaml');
    await files.editorReady();
    const before = disk('config.yaml');
    await files.endOfLine(2);
    await page.keyboard.type(' [unclosed');
    await page.keyboard.press('Control+S');
    const alert = page.getByRole('alert').filter({ hasText: 'not valid YAML' });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/line \d+, column \d+/);
    expect(disk('config.yaml')).toBe(before);
    await expect.poll(() => page.locator('[data-testid="monaco-host"] .squiggly-error').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('files-invalid-yaml-desktop') });
    await context.close();
  });

  it('restores a previous version from the versions list', async () => {
    const { context, page, files } = await signedIn('desktop', '/files/edit?path=memories/USER.md');
    await files.editorReady();
    const original = disk('memories/USER.md');
    await files.endOfLine(1);
    await page.keyboard.type(' Likes oolong.');
    await page.keyboard.press('Control+S');
    await expect.poll(() => files.saveStatus().getAttribute('data-save-status')).toBe('saved');
    expect(disk('memories/USER.md')).toMatch(/Likes oolong\./);

    await page.getByRole('button', { name: 'Versions' }).click();
    const versions = page.getByRole('region', { name: 'Previous versions' });
    await versions.getByRole('button', { name: 'Restore' }).first().click();
    await expect.poll(() => disk('memories/USER.md')).toBe(original);
    await expect.poll(() => files.saveStatus().getAttribute('data-save-status')).toBe('saved');
    await page.screenshot({ path: screenshotPath('files-versions-desktop') });
    await context.close();
  });

  it('opens a file by name with Cmd+P', async () => {
    const { context, page, files } = await signedIn('desktop', '/files');
    await files.quickOpen('arxiv skill');
    await page.waitForURL((url) => url.pathname === '/files/view' && url.searchParams.get('path') === 'skills/research/arxiv/SKILL.md');
    await page.getByRole('heading', { level: 1, name: 'SKILL.md' }).waitFor();
    await context.close();
  });
});

describe('files on the phone', () => {
  it('shows config.yaml read-only and highlighted, with an Edit button, without loading Monaco', async () => {
    const { context, page, files, requests, problems } = await signedIn('iphone', '/files');
    await files.entry('config.yaml').getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'config.yaml' }).waitFor();
    await expect.poll(() => page.locator('code.pd-code-highlighted').count()).toBe(1);
    expect(await page.locator('code.pd-code-highlighted').innerText()).toMatch(/default: fake-model/);
    expect(await page.getByRole('link', { name: 'Edit' }).isVisible()).toBe(true);
    expect(requests.some((url) => url.includes('/monaco/'))).toBe(false);
    await page.screenshot({ path: screenshotPath('files-view-yaml-iphone') });

    await page.goto('/files/view?path=skills/research/arxiv/SKILL.md');
    await page.getByRole('heading', { level: 1, name: 'SKILL.md' }).waitFor();
    await expect.poll(() => page.locator('article h1, article h2').count()).toBeGreaterThan(1);
    await page.screenshot({ path: screenshotPath('files-view-markdown-iphone') });

    await page.getByRole('link', { name: 'Edit' }).click();
    await files.editorReady();
    await page.screenshot({ path: screenshotPath('files-editor-iphone') });
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });

  it('lists the folder with sizes on the phone', async () => {
    const { context, page, files } = await signedIn('iphone', '/files?path=memories');
    await files.entry('memories/MEMORY.md').waitFor();
    expect(await files.entry('memories/MEMORY.md').innerText()).toMatch(/\d+ B/);
    await page.screenshot({ path: screenshotPath('files-browser-iphone') });
    await context.close();
  });

  it('shows the memory as entries and edits one of them', async () => {
    const { context, page } = await signedIn('iphone', '/files/memory');
    const about = page.getByRole('region', { name: 'About you' });
    await expect.poll(() => about.locator('[data-memory-entry]').count()).toBe(2);
    await expect.poll(() => page.getByRole('region', { name: 'Agent’s notes' }).locator('[data-memory-entry]').count()).toBe(3);
    await page.screenshot({ path: screenshotPath('files-memory-iphone'), fullPage: true });

    await about.locator('[data-memory-entry]').nth(1).getByRole('button', { name: 'Edit' }).click();
    await about.getByLabel('Entry text').fill('Ms. Lin reads reports on her phone: keep tables to 3 columns.');
    await about.getByRole('button', { name: 'Save entry' }).click();
    await expect.poll(() => disk('memories/USER.md').split('\n§\n')[1]).toBe('Ms. Lin reads reports on her phone: keep tables to 3 columns.');
    await context.close();
  });
});
