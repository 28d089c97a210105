import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useE2eStack } from './support/e2e-stack';
import { DETAIL_SCREENS, MAIN_SCREENS, openScreen } from './support/main-screens';
import { signedInContext } from './support/signed-in';

const KEY = 'e2e-touch-key';
/** Apple's minimum for something a finger taps, in CSS pixels. */
const MIN_TARGET_PX = 44;

const e2e = useE2eStack({ gateway: { key: KEY } });

/** Every visible tappable thing smaller than the minimum, with its size; plus how many were measured. */
function smallTargets(page: Page, min: number) {
  return page.evaluate((minPx) => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="tab"], [role="link"]';
    const small: string[] = [];
    let measured = 0;
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      // A visually hidden radio or checkbox is tapped through its label: measure that instead.
      const hidden = el.getBoundingClientRect().width <= 1;
      const target = hidden ? el.closest('label') : el;
      if (!target || target.getClientRects().length === 0 || getComputedStyle(target).visibility === 'hidden') continue;
      // A disabled control (a ticked box in a rendered task list) is not a target at all.
      if (el.matches(':disabled')) continue;
      // Links inside running text are exempt (WCAG 2.5.5's "inline" case): the sentence sets their height.
      if (getComputedStyle(target).display === 'inline' && target.parentElement && target.parentElement.textContent !== target.textContent) continue;
      const box = target.getBoundingClientRect();
      measured++;
      if (box.width < minPx || box.height < minPx) small.push(`${Math.round(box.width)}×${Math.round(box.height)} ${target.outerHTML.slice(0, 140)}`);
    }
    return { measured, small };
  }, min);
}

describe('touch targets at the iPhone viewport', () => {
  it.each(MAIN_SCREENS.map((s) => [s.name, s.path] as const))('every control on %s is at least 44×44 px', async (_name, path) => {
    const context = await signedInContext(e2e.browser, 'iphone', e2e.server);
    const page = await context.newPage();
    await openScreen(page, path);
    const { measured, small } = await smallTargets(page, MIN_TARGET_PX);
    expect(measured).toBeGreaterThanOrEqual(5);
    expect(small).toEqual([]);
    await context.close();
  });

  it.each(DETAIL_SCREENS.map((s) => [s.name, s] as const))('every control on %s is at least 44×44 px', async (_name, screen) => {
    const context = await signedInContext(e2e.browser, 'iphone', e2e.server);
    const page = await context.newPage();
    await openScreen(page, screen.list);
    await openScreen(page, (await page.locator(`main ${screen.link}`).first().getAttribute('href')) ?? '');
    const { measured, small } = await smallTargets(page, MIN_TARGET_PX);
    expect(measured).toBeGreaterThanOrEqual(5);
    expect(small).toEqual([]);
    await context.close();
  });
});
