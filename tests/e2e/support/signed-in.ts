import type { Browser, BrowserContext } from 'playwright-core';
import { login, type PaddockServer } from '../../support/paddock-server';
import { LoginPage } from '../pages/login-page';
import { newContext, VIEWPORTS, type ViewportName } from './browser';

export interface SignedInOptions {
  /** The `pd-theme` cookie value (`family.mode`, e.g. `sepia.dark`); the default theme when absent. */
  theme?: string;
  /** Other cookies to set before the first page loads, e.g. a language choice. */
  cookies?: Readonly<Record<string, string>>;
  colorScheme?: 'light' | 'dark';
}

/** A browser context already logged in (through the real login post), with device settings as cookies. */
export async function signedInContext(browser: Browser, viewport: ViewportName, server: PaddockServer, options: SignedInOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ ...VIEWPORTS[viewport], baseURL: server.url, colorScheme: options.colorScheme ?? 'light' });
  const [name = '', value = ''] = (await login(server)).split(/=(.*)/s);
  const cookies = { [name]: value, ...(options.theme ? { 'pd-theme': options.theme } : {}), ...options.cookies };
  await context.addCookies(Object.entries(cookies).map(([cookieName, cookieValue]) => ({ name: cookieName, value: cookieValue, url: server.url })));
  return context;
}

/** A browser context logged in the way a person does it, through the login form on the way to `path`; the page it used is closed. */
export async function loggedInThroughForm(browser: Browser, viewport: ViewportName, server: PaddockServer, path: string): Promise<BrowserContext> {
  const context = await newContext(browser, viewport, server.url);
  const page = await context.newPage();
  await new LoginPage(page).open(path);
  await new LoginPage(page).logIn();
  await page.close();
  return context;
}
