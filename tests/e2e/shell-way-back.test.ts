import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGateway, type FakeGateway } from '../fake-gateway';
import { copyFixtureHome, startPaddock, type PaddockServer } from '../support/paddock-server';
import { launchChromium } from './support/browser';
import { DETAIL_SCREENS, openScreen } from './support/main-screens';
import { signedInContext } from './support/signed-in';

const KEY = 'e2e-way-back-key';

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


describe('the way back in the installed app, which has no browser back button', () => {
  it.each(DETAIL_SCREENS.map((s) => [s.name, s] as const))('%s has a link in the screen back to where it was opened from', async (_name, screen) => {
    const context = await signedInContext(browser, 'iphone', server);
    const page = await context.newPage();
    await openScreen(page, screen.list);
    const href = await page.locator(`main ${screen.link}`).first().getAttribute('href');
    expect(href).toBeTruthy();
    await openScreen(page, href ?? '');
    const back = page.locator(`main a[href="${screen.list}"], main a[href^="${screen.list}?"]`).filter({ visible: true }).first();
    await back.click();
    await page.waitForURL((url) => url.pathname === screen.list);
    await context.close();
  });
});
