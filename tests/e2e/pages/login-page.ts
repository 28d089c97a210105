import type { Page } from 'playwright-core';
import { TEST_PASSWORD } from '../../support/paddock-server';

/** The login screen, driven the way a person does it: type, then press the button. */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await this.page.getByLabel('Password').waitFor();
  }

  async logIn(password = TEST_PASSWORD): Promise<void> {
    await this.page.getByLabel('Password').fill(password);
    await Promise.all([this.page.waitForURL((url) => !url.pathname.startsWith('/login') || url.search.includes('error')), this.page.getByRole('button', { name: 'Log in' }).click()]);
  }

  errorText(): Promise<string> {
    return this.page.getByRole('alert').filter({ hasText: /\S/ }).first().innerText();
  }
}
