import type { Page } from 'playwright-core';

/** Collects a page's uncaught errors and console errors (with the URL they came from) into `errors`, and returns it. */
export function collectPageErrors(page: Page, errors: string[] = []): string[] {
  page.on('pageerror', (e) => errors.push(e.message));
  // Chromium asks for /favicon.ico on its own; a missing one is not the screen's error.
  page.on('console', (m) => m.type() === 'error' && !m.location().url.endsWith('/favicon.ico') && errors.push(`${m.text()} ${m.location().url}`));
  return errors;
}
