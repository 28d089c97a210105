import type { Locator, Page } from 'playwright-core';

/** The file browser, the read-only view, the Monaco editor and the memory view, as a person uses them. */
export class FilesPage {
  constructor(readonly page: Page) {}

  async openFolder(path = ''): Promise<void> {
    await this.page.goto(path ? `/files?path=${encodeURIComponent(path)}` : '/files');
    await this.page.getByRole('heading', { level: 1, name: 'Files' }).waitFor();
  }

  entry(path: string): Locator {
    return this.page.locator(`[data-file-path="${path}"]`);
  }

  async openEditor(path: string): Promise<void> {
    await this.page.goto(`/files/edit?path=${encodeURIComponent(path)}`);
    await this.editorReady();
  }

  /** Waits until Monaco has drawn the file's lines with the app's theme. */
  async editorReady(): Promise<void> {
    await this.page.locator('[data-editor-ready="true"]').waitFor();
    await this.page.locator('[data-testid="monaco-host"] .monaco-editor .view-lines .view-line').first().waitFor();
  }

  /** Puts the cursor at the end of a 1-based line by keyboard, as a person would. */
  async endOfLine(line: number): Promise<void> {
    await this.page.locator('[data-testid="monaco-host"] .monaco-editor .view-lines').click();
    await this.page.keyboard.press('Control+Home');
    for (let i = 1; i < line; i += 1) await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('End');
  }

  saveStatus(): Locator {
    return this.page.locator('[data-save-status]');
  }

  conflict(): Locator {
    return this.page.getByRole('region', { name: 'Save conflict' });
  }

  async quickOpen(query: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const dialog = this.page.getByRole('dialog', { name: 'Quick open' });
    await dialog.getByLabel('File name').fill(query);
    await dialog.getByRole('option').first().waitFor();
    await dialog.getByLabel('File name').press('Enter');
  }
}
