import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '../support/paddock-server';
import { LoginPage } from './pages/login-page';
import { SkillsPage } from './pages/skills-page';
import { newContext, screenshotPath, type ViewportName } from './support/browser';
import { useE2eStack } from './support/e2e-stack';
import { collectPageErrors } from './support/page-errors';

const KEY = 'e2e-skills-key';
const FIXTURE_INDEX = path.join(REPO_ROOT, 'tests/fixtures/skills-index/index.json');

/** A fixture skill with a script beside its SKILL.md, read from the files rather than hard-coded. */
function skillWithScript(home: string): { id: string; name: string; file: string } {
  const root = path.join(home, 'skills');
  for (const rel of fs.readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[]) {
    const parts = rel.split(path.sep);
    const at = parts.indexOf('scripts');
    if (at < 1 || !/\.(py|sh|js|ts)$/.test(rel)) continue;
    const dir = parts.slice(0, at).join('/');
    const text = fs.readFileSync(path.join(root, dir, 'SKILL.md'), 'utf8');
    const meta = parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as { name?: string };
    return { id: dir, name: meta.name ?? parts[at - 1] ?? dir, file: parts.slice(at).join('/') };
  }
  throw new Error('the fixture has no skill with a script');
}

/** A skill with a broken frontmatter and declared needs, added to the private copy of the fixture. */
const BROKEN_ID = 'zz-e2e/half-broken';
function addBrokenSkill(home: string): void {
  const dir = path.join(home, 'skills', ...BROKEN_ID.split('/'));
  fs.mkdirSync(path.join(dir, 'scripts'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'SKILL.md'),
    ['---', 'name: half-broken', 'description: Posts a summary to a webhook', 'required_environment_variables: [E2E_WEBHOOK_URL]', 'prerequisites: {commands: [sh, e2e-no-such-tool]}', 'tags: [webhook, [nested]', '---', '# Half broken', '', 'Still readable.'].join('\n'),
  );
  fs.writeFileSync(path.join(dir, 'scripts', 'post.sh'), '#!/bin/sh\ncurl -s -X POST "$E2E_WEBHOOK_URL" -d "$1"\n');
}

const e2e = useE2eStack({ gateway: { key: KEY }, prepareHome: addBrokenSkill, env: { SKILLS_INDEX_URL: FIXTURE_INDEX } });

describe.each<ViewportName>(['iphone', 'desktop'])('skills at the %s viewport', (viewport) => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    context = await newContext(e2e.browser, viewport, e2e.server.url);
    page = await context.newPage();
    errors = collectPageErrors(page);
    await new LoginPage(page).open('/skills');
    await new LoginPage(page).logIn();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('searches the installed skills as you type, opens one and reads its SKILL.md', async () => {
    const skills = new SkillsPage(page);
    const target = skillWithScript(e2e.home);
    await skills.cards().first().waitFor();
    const all = await skills.cards().count();
    expect(all).toBeGreaterThan(1);
    await page.screenshot({ path: screenshotPath(`skills-installed-${viewport}`), fullPage: true });

    await skills.search('Search installed skills', target.name);
    await expect.poll(() => skills.cards().count()).toBeLessThan(all);
    expect(await skills.card(target.id).isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe(target.name);
    await page.screenshot({ path: screenshotPath(`skills-search-${viewport}`), fullPage: true });

    await skills.openSkill(target.id);
    expect(await skills.skill().locator('header h1').innerText()).toBe(target.name);
    await expect.poll(() => skills.markdown().locator('h1, h2, h3').count()).toBeGreaterThan(0);
    expect(await skills.markdown().innerText()).not.toMatch(/^---/);
    // Needs are a section of their own when declared, else one line among the facts.
    expect(await skills.skill().getByText(/^(What it needs|Nothing declared)/).count()).toBe(1);
    expect(await skills.overflowX()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath(`skill-detail-${viewport}`), fullPage: true });
    await page.screenshot({ path: screenshotPath(`skill-detail-top-${viewport}`) });
    await skills.markdown().scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(`skill-detail-text-${viewport}`) });

    await skills.openFile(target.file);
    expect(await skills.fileView().locator('header h1').innerText()).toBe(target.file);
    // Highlighting arrives lazily; its colours are CSS variables on the tokens.
    await expect.poll(() => skills.fileView().locator('pre code span[style*="--shiki"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await skills.overflowX()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath(`skill-file-${viewport}`), fullPage: false });

    await page.goBack();
    await skills.skill().waitFor();
    await page.goBack();
    await expect.poll(() => page.getByRole('searchbox', { name: 'Search installed skills' }).inputValue()).toBe(target.name);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('lists a skill with a broken frontmatter, flags the problem and shows its unmet needs', async () => {
    const skills = new SkillsPage(page);
    await skills.open('/skills?q=half-broken');
    await expect.poll(() => skills.cards().count()).toBe(1);
    expect(await skills.card(BROKEN_ID).innerText()).toMatch(/Frontmatter problem/);
    await skills.openSkill(BROKEN_ID);
    expect(await skills.skill().getByRole('note', { name: 'Problems with SKILL.md' }).innerText()).toMatch(/not valid YAML/);
    const needs = skills.skill().getByRole('list', { name: 'Environment variables' });
    expect(await needs.innerText()).toMatch(/E2E_WEBHOOK_URL\s*Not set/);
    expect(await skills.skill().getByRole('list', { name: 'Commands' }).innerText()).toMatch(/sh\s*Installed[\s\S]*e2e-no-such-tool\s*Not found/);
    expect(await skills.overflowX()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath(`skill-broken-${viewport}`), fullPage: true });
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('searches the catalogue and offers the install command for the terminal', async () => {
    const skills = new SkillsPage(page);
    await skills.open('/skills/hub');
    await skills.hubEntries().first().waitFor();
    const all = await skills.hubEntries().count();
    await skills.search('Search the catalogue', 'pdf');
    await expect.poll(async () => (await skills.hubEntries().allInnerTexts()).every((t) => /pdf/i.test(t)) && (await skills.hubEntries().count()) < all).toBe(true);
    const first = skills.hubEntries().first();
    await first.getByText(/^(Install|Reinstall or inspect)$/).click();
    const command = await first.locator('[data-install-command]').innerText();
    expect(command).toMatch(/^hermes skills install \S+$/);
    const href = await first.getByRole('link', { name: 'Type it in the terminal' }).getAttribute('href');
    expect(href).toBe(`/terminal?type=${encodeURIComponent(command)}`);
    expect(await skills.overflowX()).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath(`skills-catalogue-${viewport}`), fullPage: true });
    await first.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(`skills-catalogue-install-${viewport}`) });

    await page.getByRole('group', { name: 'Source' }).getByRole('button', { name: /^Official/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('source')).toBe('official');
    await expect.poll(async () => (await skills.hubEntries().allInnerTexts()).every((t) => t.includes('Official'))).toBe(true);
    expect(errors, errors.join('\n')).toEqual([]);
  });
});

describe('skill pages offline (iPhone viewport)', () => {
  it('reopens a skill and one of its files that were read before the network went away', async () => {
    const context = await newContext(e2e.browser, 'iphone', e2e.server.url);
    const page = await context.newPage();
    await new LoginPage(page).open('/skills');
    await new LoginPage(page).logIn();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker?.controller?.scriptURL ?? null), { timeout: 30_000 }).toBe(`${e2e.server.url}/sw.js`);
    const skills = new SkillsPage(page);
    const target = skillWithScript(e2e.home);
    await skills.card(target.id).waitFor();
    await skills.openSkill(target.id);
    await skills.openFile(target.file);
    const fileUrl = page.url();
    const skillUrl = new URL(`/skills/installed/${target.id}`, e2e.server.url).href;
    // Give the worker a moment to save the documents behind the client-side navigations.
    await expect
      .poll(() => page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((r) => r.url)))).flat()), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([skillUrl, fileUrl]));

    await context.setOffline(true);
    await page.goto(skillUrl);
    expect(await skills.skill().locator('header h1').innerText()).toBe(target.name);
    await page.goto(fileUrl);
    expect(await skills.fileView().locator('header h1').innerText()).toBe(target.file);
    await page.screenshot({ path: screenshotPath('skill-offline-iphone') });
    await context.close();
  });
});
