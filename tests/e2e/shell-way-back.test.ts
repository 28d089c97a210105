import { describe, expect, it } from 'vitest';
import { useE2eStack } from './support/e2e-stack';
import { DETAIL_SCREENS, openScreen } from './support/main-screens';
import { signedInContext } from './support/signed-in';

const KEY = 'e2e-way-back-key';

const e2e = useE2eStack({ gateway: { key: KEY } });

describe('the way back in the installed app, which has no browser back button', () => {
  it.each(DETAIL_SCREENS.map((s) => [s.name, s] as const))('%s has a link in the screen back to where it was opened from', async (_name, screen) => {
    const context = await signedInContext(e2e.browser, 'iphone', e2e.server);
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
