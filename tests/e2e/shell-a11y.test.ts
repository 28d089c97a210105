import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ViewportName } from './support/browser';
import { useE2eStack } from './support/e2e-stack';
import { MAIN_SCREENS, openScreen } from './support/main-screens';
import { signedInContext } from './support/signed-in';

const KEY = 'e2e-a11y-key';
/** Roles a person operates; each must have a name a screen reader can say. */
const CONTROL_ROLES = new Set(['button', 'link', 'textbox', 'searchbox', 'combobox', 'checkbox', 'radio', 'switch', 'slider', 'spinbutton', 'tab', 'menuitem', 'option', 'listbox']);

const e2e = useE2eStack({ gateway: { key: KEY } });

interface AxNode {
  ignored?: boolean;
  role?: { value?: string };
  name?: { value?: string };
  backendDOMNodeId?: number;
}

/** Controls in Chromium's own accessibility tree that have no accessible name, described by their HTML. */
async function controlNames(page: Page): Promise<{ named: number; unnamed: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  const controls = nodes.filter((n) => !n.ignored && CONTROL_ROLES.has(n.role?.value ?? ''));
  const unnamed = controls.filter((n) => !(n.name?.value ?? '').trim());
  const described: string[] = [];
  for (const node of unnamed) {
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId })) as { object: { objectId?: string } };
    const html = object.objectId
      ? ((await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: 'function () { return this.outerHTML.slice(0, 160); }', returnByValue: true })) as { result: { value: string } }).result.value
      : '(no DOM node)';
    described.push(`${node.role?.value}: ${html}`);
  }
  await cdp.detach();
  return { named: controls.length - unnamed.length, unnamed: described };
}

/** Landmarks and headings as the page exposes them. */
function structure(page: Page) {
  return page.evaluate(() => {
    const visible = (el: Element) => el.getClientRects().length > 0;
    const navs = [...document.querySelectorAll('nav, [role="navigation"]')].filter(visible);
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(visible).map((h) => Number(h.tagName[1]));
    const viewport = document.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? '';
    const main = document.querySelector('main');
    const tabs = document.querySelector('nav[data-tab-bar]');
    return {
      mains: document.querySelectorAll('main, [role="main"]').length,
      unlabelledNavs: navs.filter((n) => !n.getAttribute('aria-label') && !n.getAttribute('aria-labelledby')).map((n) => n.outerHTML.slice(0, 120)),
      h1s: headings.filter((level) => level === 1).length,
      headings,
      viewport,
      // VoiceOver swipes in DOM order: the screen's content, then the tab bar below it.
      contentBeforeTabs: !!main && !!tabs && (main.compareDocumentPosition(tabs) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
    };
  });
}

/** Heading levels that jump more than one deeper than the heading before them. */
function skippedLevels(levels: number[]): string[] {
  return levels.flatMap((level, i) => (level > (i === 0 ? 1 : (levels[i - 1] ?? 1)) + 1 ? [`h${levels[i - 1] ?? '-'} → h${level}`] : []));
}

describe.each<ViewportName>(['iphone', 'desktop'])('accessibility of the main screens at the %s viewport', (viewport) => {
  it.each(MAIN_SCREENS.map((s) => [s.name, s.path] as const))('%s has one main, labelled navigation, headings in order, named controls and zoom', async (_name, path) => {
    const context = await signedInContext(e2e.browser, viewport, e2e.server);
    const page = await context.newPage();
    await openScreen(page, path);
    const found = await structure(page);
    expect(found.mains).toBe(1);
    expect(found.contentBeforeTabs).toBe(true);
    expect(found.unlabelledNavs).toEqual([]);
    expect(found.h1s).toBe(1);
    expect(skippedLevels(found.headings)).toEqual([]);
    expect(found.viewport).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale\s*=\s*1(\.0*)?\b/);
    const controls = await controlNames(page);
    expect(controls.unnamed).toEqual([]);
    // Every screen has at least the five tabs: proof the tree was read at all.
    expect(controls.named).toBeGreaterThanOrEqual(5);
    await context.close();
  });
});

describe('keyboard focus on the Mac', () => {
  it('shows a visible focus ring on every stop while tabbing through a screen', async () => {
    const context = await signedInContext(e2e.browser, 'desktop', e2e.server);
    const page = await context.newPage();
    await openScreen(page, '/settings');
    const invisible: string[] = [];
    let stops = 0;
    // Until focus leaves the page: every stop of the Settings screen, the sidebar included.
    for (let press = 0; press < 40; press++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        // A visually hidden radio draws its ring on its label.
        const drawn = el.matches('.sr-only') ? (el.closest('label') ?? el) : el;
        const style = getComputedStyle(drawn);
        const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
        return { ring, html: el.outerHTML.slice(0, 120) };
      });
      if (!focus) break;
      stops++;
      if (!focus.ring) invisible.push(focus.html);
    }
    expect(stops).toBeGreaterThanOrEqual(9);
    expect(invisible).toEqual([]);
    await context.close();
  });
});
