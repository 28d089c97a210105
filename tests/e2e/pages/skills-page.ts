import type { Locator, Page } from 'playwright-core';

/** The Skills screen: installed skills, one skill, one of its files, and the hub catalogue. */
export class SkillsPage {
  constructor(readonly page: Page) {}

  async open(path = '/skills'): Promise<void> {
    await this.page.goto(path);
    await this.page.getByRole('heading', { level: 1, name: 'Skills' }).waitFor();
  }

  cards(): Locator {
    return this.page.locator('a[data-skill-id]');
  }

  card(id: string): Locator {
    return this.page.locator(`a[data-skill-id="${id}"]`);
  }

  async search(label: 'Search installed skills' | 'Search the catalogue', text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: label }).fill(text);
  }

  async openSkill(id: string): Promise<void> {
    await Promise.all([this.page.waitForURL((url) => url.pathname.startsWith('/skills/installed/')), this.card(id).click()]);
    await this.skill().waitFor();
  }

  skill(): Locator {
    return this.page.locator('article[data-skill]');
  }

  markdown(): Locator {
    return this.page.getByRole('region', { name: 'SKILL.md' });
  }

  async openFile(path: string): Promise<void> {
    await Promise.all([this.page.waitForURL((url) => url.pathname.startsWith('/skills/files/')), this.page.locator(`a[data-skill-file="${path}"]`).click()]);
    await this.page.locator('article[data-skill-file-view]').waitFor();
  }

  fileView(): Locator {
    return this.page.locator('article[data-skill-file-view]');
  }

  hubEntries(): Locator {
    return this.page.locator('li[data-hub-skill]');
  }

  /**
   * Page width beyond the configured viewport: a phone layout must not scroll sideways. Compared
   * with the configured width, because a mobile browser widens its layout viewport to fit overflow.
   */
  async overflowX(): Promise<number> {
    const width = this.page.viewportSize()?.width ?? 0;
    return (await this.page.evaluate(() => document.documentElement.scrollWidth)) - width;
  }
}
