import type { Locator, Page } from 'playwright-core';

/** The reviews inbox and one review, as a person reads them. */
export class ReviewsPage {
  constructor(readonly page: Page) {}

  async open(path = '/reviews'): Promise<void> {
    await this.page.goto(path);
    await this.page.getByRole('heading', { level: 1, name: 'Reviews' }).waitFor();
  }

  /** The unread number on the Reviews tab (the visible copy: phone tab bar or Mac sidebar). */
  badge(): Locator {
    return this.page.getByRole('navigation', { name: 'Main' }).getByTestId('reviews-unread');
  }

  async badgeCount(): Promise<number | null> {
    if ((await this.badge().count()) === 0) return null;
    return Number((await this.badge().innerText()).replace(/\D/g, ''));
  }

  rows(): Locator {
    return this.page.locator('[data-review-id]');
  }

  row(id: string): Locator {
    return this.page.locator(`[data-review-id="${id}"]`);
  }

  unreadRows(): Locator {
    return this.page.locator('[data-review-id][data-unread]');
  }

  async openReview(id: string): Promise<void> {
    await Promise.all([this.page.waitForURL((url) => url.pathname === `/reviews/${id}`), this.row(id).click()]);
    await this.page.locator('article[data-review-status]').waitFor();
  }

  review(): Locator {
    return this.page.locator('article[data-review-status]');
  }
}
