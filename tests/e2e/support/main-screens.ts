import type { Page } from 'playwright-core';

export interface MainScreen {
  name: string;
  path: string;
}

/** The screens a person lives in; the shell, a11y and screenshot tests walk each of them. */
export const MAIN_SCREENS: readonly MainScreen[] = [
  { name: 'chat', path: '/chat' },
  { name: 'reviews', path: '/reviews' },
  { name: 'sessions', path: '/sessions' },
  { name: 'skills', path: '/skills' },
  { name: 'more', path: '/more' },
  { name: 'settings', path: '/settings' },
];

/** Screens below a tab: opened from `list` by its first link matching `link`; each must lead back to `list` by itself. */
export const DETAIL_SCREENS = [
  { name: 'a review', list: '/reviews', link: 'a[href^="/reviews/"]' },
  { name: 'a session', list: '/sessions', link: 'a[href^="/sessions/"]' },
  { name: 'an installed skill', list: '/skills', link: 'a[href^="/skills/installed/"]' },
  { name: 'Jobs', list: '/more', link: 'a[href="/jobs"]' },
  { name: 'Files', list: '/more', link: 'a[href="/files"]' },
  { name: 'Settings', list: '/more', link: 'a[href="/settings"]' },
] as const;

/**
 * Opens a screen and waits until it has drawn its content: its one h1 and the gateway status the
 * shell streams in (found by attribute, so this works in every language).
 */
export async function openScreen(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('main h1').first().waitFor();
  await page.locator('[data-gateway-status]').filter({ visible: true }).first().waitFor();
  await page.evaluate(() => document.fonts.ready);
}
