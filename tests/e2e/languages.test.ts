import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGateway, type FakeGateway } from '../fake-gateway';
import { copyFixtureHome, startPaddock, TEST_PASSWORD, type PaddockServer } from '../support/paddock-server';
import { launchChromium, screenshotPath, VIEWPORTS } from './support/browser';

const KEY = 'e2e-languages-key';
let browser: Browser;
let home: string;
let gateway: FakeGateway;
let server: PaddockServer;

beforeAll(async () => {
  browser = await launchChromium();
  home = copyFixtureHome();
  gateway = await startFakeGateway({ apiKey: KEY, hermesHome: home });
  server = await startPaddock({ HERMES_API_URL: gateway.url, HERMES_API_KEY: KEY, HERMES_HOME: home });
});
afterAll(async () => {
  await server?.stop();
  await gateway?.close();
  await browser?.close();
  if (home) fs.rmSync(home, { recursive: true, force: true });
});

/** An iPhone whose browser asks for Traditional Chinese first (Accept-Language and navigator.languages). */
function chineseIphone(): Promise<BrowserContext> {
  return browser.newContext({ ...VIEWPORTS.iphone, baseURL: server.url, locale: 'zh-TW', timezoneId: 'Asia/Taipei' });
}

async function logInInChinese(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.getByLabel('密碼').fill(TEST_PASSWORD);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/login')), page.getByRole('button', { name: '登入' }).click()]);
}

/** The main screens, each checked for English left in its controls. */
const SCREENS = ['/chat', '/reviews', '/sessions', '/skills', '/skills/hub', '/files', '/files/memory', '/jobs', '/more', '/settings', '/terminal'];
/** Names that are the same in every language. */
const BRANDS = /Paddock|Hermes|SKILL\.md|HTTPS|token|Esc|Tab/g;

const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');
const heading = (page: Page) => page.getByRole('heading', { level: 1 }).first().innerText();
const firstRunTime = (page: Page) => page.locator('[data-review-id] time').first().innerText();

describe('languages at the iPhone viewport', () => {
  it('follows a Chinese browser, switches to English in Settings, and back to the browser', async () => {
    const context = await chineseIphone();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));

    await page.goto('/login');
    expect(await htmlLang(page)).toBe('zh-Hant-TW');
    expect(await page.title()).toBe('登入 · Paddock');
    await logInInChinese(page, '/reviews');

    // Reviews: the words, and a run time written the Taiwanese way (e.g. 11月23日 上午9:00), not "23 Nov".
    expect(await heading(page)).toBe('回顧');
    await page.getByRole('button', { name: '全部標為已讀' }).waitFor();
    await expect.poll(() => firstRunTime(page)).toMatch(/月|週|今天|昨天/);
    expect(await firstRunTime(page)).not.toMatch(/[A-Za-z]/);
    await page.screenshot({ path: screenshotPath('languages-reviews-zh-TW-iphone'), fullPage: false });

    // Chat: the empty screen, the composer, and an answer's facts (tokens and seconds).
    await page.goto('/chat');
    await page.getByText('今天想請代理幫你做什麼？').waitFor();
    await page.screenshot({ path: screenshotPath('languages-chat-empty-zh-TW-iphone'), fullPage: false });
    const composer = page.getByLabel('訊息', { exact: true });
    expect(await composer.getAttribute('placeholder')).toBe('傳訊息給你的代理');
    await composer.fill('你好，請用 markdown 回答');
    await page.getByRole('button', { name: '傳送' }).click();
    const answer = page.locator('[data-role="assistant"][data-status="complete"]').first();
    await answer.waitFor({ timeout: 30_000 });
    expect(await answer.getByTestId('turn-facts').innerText()).toMatch(/個 token · .+ · [\d.]+ 秒/);
    expect(await answer.getByRole('button', { name: '複製' }).count()).toBeGreaterThan(0);
    await answer.getByTestId('turn-facts').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('languages-chat-zh-TW-iphone'), fullPage: false });

    // Settings: choose English; the page turns English at once, and so does every page after.
    await page.goto('/settings');
    expect(await heading(page)).toBe('設定');
    await page.getByTestId('language-switch').getByText('跟隨瀏覽器（繁體中文）').waitFor();
    await page.getByTestId('language-switch').getByText('English').click();
    await expect.poll(() => heading(page)).toBe('Settings');
    expect(await htmlLang(page)).toBe('en');
    await page.screenshot({ path: screenshotPath('languages-settings-en-iphone'), fullPage: false });

    await page.goto('/reviews');
    expect(await heading(page)).toBe('Reviews');
    await expect.poll(() => firstRunTime(page)).toMatch(/[A-Za-z]/);
    expect(await firstRunTime(page)).not.toMatch(/月/);
    await page.goto('/chat');
    expect(await page.getByLabel('Message', { exact: true }).getAttribute('placeholder')).toBe('Message your agent');

    // Back to following the browser: the cookie goes, and Chinese returns.
    await page.goto('/settings');
    await page.getByTestId('language-switch').getByText(/^Follow the browser/).click();
    await expect.poll(() => heading(page)).toBe('設定');
    expect((await context.cookies()).some((c) => c.name === 'paddock-locale')).toBe(false);
    expect(errors, errors.join('\n')).toEqual([]);
    await context.close();
  });

  it('names every control in Chinese on each main screen of the desktop layout', async () => {
    const context = await browser.newContext({ ...VIEWPORTS.desktop, baseURL: server.url, locale: 'zh-TW', timezoneId: 'Asia/Taipei' });
    const page = await context.newPage();
    await logInInChinese(page, '/chat');
    const leaks: string[] = [];
    for (const route of SCREENS) {
      await page.goto(route);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.screenshot({ path: screenshotPath(`languages-${route.slice(1).replace(/\//g, '-')}-zh-TW-desktop`) });
      // What a screen reader says for controls and what empty fields show: never English here.
      const names = await page.locator('[aria-label], [placeholder]').evaluateAll((elements) =>
        elements.flatMap((el) => [el.getAttribute('aria-label'), el.getAttribute('placeholder')]).filter((v): v is string => Boolean(v)),
      );
      for (const name of names) if (/[A-Za-z]{2,}/.test(name.replace(BRANDS, ''))) leaks.push(`${route}: ${name}`);
    }
    expect(leaks).toEqual([]);
    await page.goto('/no-such-screen');
    expect(await heading(page)).toBe('找不到頁面');
    await context.close();
  });

  it('serves the offline page in the language of the request', async () => {
    const context = await chineseIphone();
    const page = await context.newPage();
    await page.goto('/~offline');
    expect(await htmlLang(page)).toBe('zh-Hant-TW');
    expect(await heading(page)).toBe('你目前離線');
    await context.close();
  });
});
