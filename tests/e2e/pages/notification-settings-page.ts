import type { Locator, Page } from 'playwright-core';

/** Settings → Notifications, as a person uses it. */
export class NotificationSettingsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/settings');
    await this.section().waitFor();
  }

  section(): Locator {
    return this.page.getByRole('region', { name: 'Notifications' });
  }

  /** This device's state as the section shows it: checking, off, on, denied, insecure, … */
  deviceState(): Promise<string | null> {
    return this.section().getByTestId('push-device').getAttribute('data-state');
  }

  deviceSwitch(): Locator {
    return this.section().getByRole('switch', { name: 'Notifications on this device' });
  }

  jobSwitch(name: string): Locator {
    return this.section().getByRole('list').getByRole('switch', { name });
  }
}
