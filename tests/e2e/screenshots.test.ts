import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALE_COOKIE, type Locale } from '@/lib/i18n/locales';
import { startFakeGateway, type FakeGateway } from '../fake-gateway';
import { copyFixtureHome, startPaddock, type PaddockServer } from '../support/paddock-server';
import { launchChromium, screenshotPath, type ViewportName } from './support/browser';
import { MAIN_SCREENS, openScreen } from './support/main-screens';
import { signedInContext } from './support/signed-in';

const KEY = 'e2e-screenshots-key';

interface Look {
  /** The `pd-theme` cookie: one light and one dark theme, from different families. */
  theme: string;
  locale: Locale;
}

/** Each combination is shot on every main screen at both viewports; add a row to add a look. */
const LOOKS: readonly Look[] = [
  { theme: 'paddock.light', locale: 'en' },
  { theme: 'harbour.dark', locale: 'en' },
];
const VIEWPORT_NAMES: readonly ViewportName[] = ['iphone', 'desktop'];

let home: string;
let gateway: FakeGateway;
let server: PaddockServer;
let browser: Browser;

beforeAll(async () => {
  home = copyFixtureHome();
  gateway = await startFakeGateway({ apiKey: KEY, hermesHome: home });
  server = await startPaddock({ HERMES_API_URL: gateway.url, HERMES_API_KEY: KEY, HERMES_HOME: home });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await gateway?.close();
  fs.rmSync(home, { recursive: true, force: true });
});

describe.each(LOOKS.flatMap((look) => VIEWPORT_NAMES.map((viewport) => [`${look.theme} ${look.locale}`, viewport, look] as const)))(
  'screenshots in %s at the %s viewport',
  (_name, viewport, look) => {
    it('shoots every main screen in that theme and language', async () => {
      const context = await signedInContext(browser, viewport, server, { theme: look.theme, cookies: { [LOCALE_COOKIE]: look.locale } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      for (const screen of MAIN_SCREENS) {
        await openScreen(page, screen.path);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(look.theme.split('.')[0]);
        const file = screenshotPath(`look-${screen.name}-${viewport}-${look.theme.replace('.', '-')}-${look.locale}`);
        await page.screenshot({ path: file });
        expect(fs.statSync(file).size).toBeGreaterThan(0);
      }
      expect(errors, errors.join('\n')).toEqual([]);
      await context.close();
    });
  },
);
