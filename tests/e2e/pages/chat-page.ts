import type { Locator, Page } from 'playwright-core';

/** The chat screen as a person uses it: type, attach, send, stop, retry, read. */
export class ChatPage {
  constructor(readonly page: Page) {}

  async open(path = '/chat'): Promise<void> {
    await this.page.goto(path);
    await this.composer().waitFor();
  }

  composer(): Locator {
    return this.page.getByLabel('Message', { exact: true });
  }

  async type(text: string): Promise<void> {
    await this.composer().fill(text);
  }

  /** Sends, and waits until the new user message is on screen so later waits see the new turn. */
  async send(text?: string): Promise<void> {
    if (text !== undefined) await this.type(text);
    const before = await this.userMessages().count();
    this.answersBefore = await this.answers().count();
    await this.page.getByRole('button', { name: 'Send' }).click();
    await this.userMessages().nth(before).waitFor();
  }

  private answersBefore = 0;

  async stop(): Promise<void> {
    await this.page.getByRole('button', { name: 'Stop' }).click();
  }

  answers(): Locator {
    return this.page.locator('[data-role="assistant"]');
  }

  lastAnswer(): Locator {
    return this.answers().last();
  }

  userMessages(): Locator {
    return this.page.locator('[data-role="user"]');
  }

  /** Waits for the answer to the last message sent (not an earlier one) to reach `status`. */
  async waitForAnswer(status = 'complete', timeout = 30_000): Promise<Locator> {
    const answer = this.answers().nth(this.answersBefore);
    await answer.and(this.page.locator(`[data-status="${status}"]`)).waitFor({ timeout });
    return answer;
  }
}
