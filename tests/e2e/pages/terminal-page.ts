import type { Locator, Page } from 'playwright-core';

/** The terminal screen: the xterm on screen read row by row, typed into like a keyboard does. */
export class TerminalPage {
  constructor(readonly page: Page) {}

  async open(path = '/terminal'): Promise<void> {
    await this.page.goto(path);
    await this.connected();
  }

  /** The host element of the terminal on screen; `data-connection` says whether its socket is attached. */
  view(): Locator {
    return this.page.locator('[data-terminal-id]');
  }

  async connected(): Promise<void> {
    await this.page.locator('[data-terminal-id][data-connection="open"]').waitFor();
  }

  tabs(): Locator {
    return this.page.getByRole('tablist', { name: 'Terminals' }).getByRole('tab');
  }

  /** Each visible row of the screen as text (xterm's DOM renderer draws one div per row). */
  async lines(): Promise<string[]> {
    const rows = await this.page.locator('.xterm-rows > div').allTextContents();
    return rows.map((row) => row.replace(/\u00a0/g, ' ').trimEnd());
  }

  async screen(): Promise<string> {
    return (await this.lines()).join('\n');
  }

  /** Types a command and presses Enter, the way a person does. */
  async run(command: string): Promise<void> {
    await this.view().click();
    await this.page.keyboard.type(command);
    await this.page.keyboard.press('Enter');
  }

  /** Waits until a row of the screen matches `pattern` in full and returns its capture groups. */
  async waitForLine(pattern: RegExp): Promise<string[]> {
    const handle = await this.page.waitForFunction(
      ({ source, flags }) => {
        const rows = [...document.querySelectorAll('.xterm-rows > div')].map((row) => (row.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd());
        for (const row of rows) {
          const match = new RegExp(source, flags).exec(row);
          if (match) return [...match];
        }
        return null;
      },
      { source: pattern.source, flags: pattern.flags },
    );
    return (await handle.jsonValue()) ?? [];
  }

  /** Rows and columns as `stty size` answers inside the shell. */
  async sttySize(): Promise<{ rows: number; cols: number }> {
    const marker = `size${Date.now()}`;
    await this.run(`echo ${marker}-$(stty size | tr ' ' x)`);
    const [, rows, cols] = await this.waitForLine(new RegExp(`^${marker}-(\\d+)x(\\d+)$`));
    return { rows: Number(rows), cols: Number(cols) };
  }

  /** Number of rows xterm shows: what the PTY should have been resized to. */
  async visibleRows(): Promise<number> {
    return this.page.locator('.xterm-rows > div').count();
  }
}
