import type { Locator, Page } from 'playwright-core';

/** The session log: filter, search, open a transcript. */
export class SessionsPage {
  constructor(readonly page: Page) {}

  async open(path = '/sessions'): Promise<void> {
    await this.page.goto(path);
    await this.page.getByRole('heading', { level: 1, name: 'Sessions' }).waitFor();
  }

  rows(): Locator {
    return this.page.locator('[data-session-id]');
  }

  async filterBySource(label: string): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Filter by source' }).getByRole('link', { name: new RegExp(`^${label}\\b`) }).click();
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search messages' }).fill(text);
    await this.page.getByRole('searchbox', { name: 'Search messages' }).press('Enter');
    await this.page.getByRole('region', { name: 'Search results' }).waitFor();
  }

  hits(): Locator {
    return this.page.getByRole('region', { name: 'Search results' }).locator('a[data-message-id]');
  }

  messages(): Locator {
    return this.page.locator('li[data-message-id]');
  }

  highlighted(): Locator {
    return this.page.locator('li[data-highlighted="true"]');
  }
}
