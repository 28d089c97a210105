import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { THEME_FAMILIES } from '@/lib/theme/palettes';
import { login } from '../support/paddock-server';
import { useE2eStack } from './support/e2e-stack';
import { openScreen } from './support/main-screens';
import { signedInContext } from './support/signed-in';

const KEY = 'e2e-theme-key';
const palette = (family: string, scheme: 'light' | 'dark') => {
  const found = THEME_FAMILIES.find((f) => f.id === family);
  if (!found) throw new Error(`no theme family ${family}`);
  return found[scheme];
};

/** `#rrggbb` as getComputedStyle writes it. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

const e2e = useE2eStack({ gateway: { key: KEY }, terminalShell: true });

/** The theme-color metas in server HTML, written as `<media or all> <colour>`. */
function metaThemeColors(html: string): string[] {
  return [...html.matchAll(/<meta name="theme-color"[^>]*>/g)].map(([tag]) => `${/media="([^"]*)"/.exec(tag)?.[1] ?? 'all'} ${/content="([^"]*)"/.exec(tag)?.[1]}`);
}

const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const themeColors = (page: Page) => page.evaluate(() => [...document.querySelectorAll('meta[name="theme-color"]')].map((m) => `${m.getAttribute('media') ?? 'all'} ${m.getAttribute('content')}`));

describe('themes', () => {
  it('are in the first HTML the server sends, with the status-bar colour, so nothing flashes', async () => {
    const session = await login(e2e.server);
    const html = async (theme: string) => (await fetch(`${e2e.server.url}/settings`, { headers: { cookie: `${session}; pd-theme=${theme}` } })).text();
    const sepiaDark = await html('sepia.dark');
    expect(sepiaDark).toMatch(/<html[^>]*data-theme="sepia"[^>]*data-mode="dark"/);
    expect(metaThemeColors(sepiaDark)).toEqual([`all ${palette('sepia', 'dark').bg}`]);
    expect(sepiaDark).toContain(`:root[data-theme="sepia"][data-mode="dark"]{--pd-bg:${palette('sepia', 'dark').bg}`);
    const harbourSystem = await html('harbour.system');
    expect(metaThemeColors(harbourSystem)).toEqual([
      `(prefers-color-scheme: light) ${palette('harbour', 'light').bg}`,
      `(prefers-color-scheme: dark) ${palette('harbour', 'dark').bg}`,
    ]);
    expect(await html('not-a-theme')).toMatch(/<html[^>]*data-theme="paddock"[^>]*data-mode="system"/);
  });

  it('follow the system in "Match system" mode, live', async () => {
    const context = await signedInContext(e2e.browser, 'iphone', e2e.server, { theme: 'contrast.system', colorScheme: 'dark' });
    const page = await context.newPage();
    await openScreen(page, '/reviews');
    expect(await pageBackground(page)).toBe(rgb(palette('contrast', 'dark').bg));
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await pageBackground(page)).toBe(rgb(palette('contrast', 'light').bg));
    await context.close();
  });

  it('are chosen in Settings, shown at once with the matching status-bar colour, and kept on this device', async () => {
    const context = await signedInContext(e2e.browser, 'iphone', e2e.server);
    const page = await context.newPage();
    await openScreen(page, '/settings');
    expect(await page.getByRole('radio', { name: 'Paddock' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Match system' }).isChecked()).toBe(true);

    // The radios are visually hidden inside their labels, which are what a finger taps.
    const option = (name: string) => page.locator('label').filter({ has: page.getByRole('radio', { name }) });
    await option('Harbour').click();
    await option('Dark').click();
    expect(await page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    const harbourDark = palette('harbour', 'dark');
    expect(await pageBackground(page)).toBe(rgb(harbourDark.bg));
    await expect.poll(() => themeColors(page)).toEqual([`all ${harbourDark.bg}`]);

    await page.reload();
    await page.locator('main h1').waitFor();
    expect(await page.evaluate(() => [document.documentElement.dataset.theme, document.documentElement.dataset.mode])).toEqual(['harbour', 'dark']);
    expect(await page.getByRole('radio', { name: 'Harbour' }).isChecked()).toBe(true);
    expect(await themeColors(page)).toEqual([`all ${harbourDark.bg}`]);
    await context.close();
  });

  it('recolour the terminal while it is open', async () => {
    const context = await signedInContext(e2e.browser, 'desktop', e2e.server, { theme: 'paddock.light' });
    const page = await context.newPage();
    await page.goto('/terminal');
    await page.locator('[data-terminal-id][data-connection="open"]').waitFor();
    const terminalBackground = () => page.evaluate(() => getComputedStyle(document.querySelector('.xterm .xterm-scrollable-element') ?? document.body).backgroundColor);
    expect(await terminalBackground()).toBe(rgb(palette('paddock', 'light').surface));
    // What the Settings picker does, done here directly: the terminal is a different screen.
    await page.evaluate(() => Object.assign(document.documentElement.dataset, { theme: 'sepia', mode: 'dark' }));
    await expect.poll(terminalBackground).toBe(rgb(palette('sepia', 'dark').surface));
    await context.close();
  });

  it('recolour the editor while it is open', async () => {
    const context = await signedInContext(e2e.browser, 'desktop', e2e.server, { theme: 'paddock.light' });
    const page = await context.newPage();
    await page.goto('/files/edit?path=config.yaml');
    await page.locator('[data-editor-ready="true"] .monaco-editor .view-lines').waitFor();
    const editorBackground = () => page.evaluate(() => getComputedStyle(document.querySelector('.monaco-editor-background') ?? document.body).backgroundColor);
    await expect.poll(editorBackground).toBe(rgb(palette('paddock', 'light').surface));
    await page.evaluate(() => Object.assign(document.documentElement.dataset, { theme: 'harbour', mode: 'dark' }));
    await expect.poll(editorBackground).toBe(rgb(palette('harbour', 'dark').surface));
    await context.close();
  });
});
