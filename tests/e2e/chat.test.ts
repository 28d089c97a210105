import type { BrowserContext } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { jpegSize, hasExif } from '../support/jpeg-size';
import { ChatPage } from './pages/chat-page';
import { screenshotPath } from './support/browser';
import { useE2eStack } from './support/e2e-stack';
import { collectPageErrors } from './support/page-errors';
import { loggedInThroughForm } from './support/signed-in';

const KEY = 'e2e-chat-key';

const e2e = useE2eStack({ gateway: { key: KEY } });
let context: BrowserContext;

beforeAll(async () => {
  context = await loggedInThroughForm(e2e.browser, 'iphone', e2e.server, '/chat');
});

afterEach(() => e2e.gateway.setScenario({ kind: 'normal' }));

function chatRequestsWith(text: string) {
  return e2e.gateway.requests.filter((r) => r.path === '/v1/chat/completions' && r.body.includes(text));
}

async function openChat(): Promise<ChatPage> {
  const chat = new ChatPage(await context.newPage());
  await chat.open();
  return chat;
}

describe('chat at the iPhone viewport', () => {
  it('streams an answer with a table and a code block, with facts and no console errors', async () => {
    const chat = await openChat();
    const errors = collectPageErrors(chat.page);
    await chat.send('show me some markdown please');
    const answer = await chat.waitForAnswer();
    await expect.poll(() => answer.locator('table').count()).toBeGreaterThan(0);
    await expect.poll(() => answer.locator('pre code').count()).toBeGreaterThan(0);
    expect(await answer.getByTestId('turn-facts').innerText()).toMatch(/tokens · .+ · [\d.]+ s/);
    expect(new URL(chat.page.url()).pathname).toMatch(/^\/chat\/pwa-/);
    await chat.page.screenshot({ path: screenshotPath('chat-markdown-iphone'), fullPage: true });
    expect(errors, errors.join('\n')).toEqual([]);
    await chat.page.close();
  });

  it('shows tool activity as chips that go from running to done', async () => {
    const chat = await openChat();
    await chat.send('please use a tool for this');
    const answer = await chat.waitForAnswer();
    const chip = answer.getByRole('list', { name: 'Tool activity' }).getByRole('listitem');
    expect(await chip.count()).toBe(1);
    expect(await chip.getAttribute('data-tool-status')).toBe('completed');
    expect(await chip.innerText()).toMatch(/terminal/);
    await chat.page.close();
  });

  it('stops mid-stream, all the way to the gateway, keeping what arrived', async () => {
    e2e.gateway.setScenario({ kind: 'slow_tokens', delayMs: 150 });
    const chat = await openChat();
    await chat.send('one two three four five six seven eight nine ten eleven twelve');
    await expect.poll(() => chat.lastAnswer().innerText(), { timeout: 10_000 }).toMatch(/Echo/);
    await chat.stop();
    await chat.waitForAnswer('stopped');
    await expect.poll(() => chatRequestsWith('eleven twelve').at(-1)?.aborted, { timeout: 5_000 }).toBe(true);
    const shown = await chat.lastAnswer().innerText();
    expect(shown).not.toMatch(/twelve/);
    await chat.page.close();
  });

  it('downscales a 4000×3000 photo to a JPEG within 2048 px before it reaches the gateway', async () => {
    const chat = await openChat();
    const original = await chat.page.evaluate(async () => {
      const canvas = new OffscreenCanvas(4000, 3000);
      const g = canvas.getContext('2d')!;
      const gradient = g.createLinearGradient(0, 0, 4000, 3000);
      gradient.addColorStop(0, '#c33');
      gradient.addColorStop(1, '#36c');
      g.fillStyle = gradient;
      g.fillRect(0, 0, 4000, 3000);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (const b of bytes) binary += String.fromCharCode(b);
      return btoa(binary);
    });
    await chat.page.locator('input[data-attach-input="library"]').setInputFiles({ name: 'menu.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(original, 'base64') });
    await chat.page.getByRole('button', { name: /Remove photo 1/ }).waitFor();
    await chat.send('what is on this menu?');
    const answer = await chat.waitForAnswer();
    expect(await answer.innerText()).toMatch(/I see an image of \d+ bytes/);
    const sent = JSON.parse(chatRequestsWith('what is on this menu?').at(-1)?.body ?? '{}');
    const url: string = sent.messages[0].content[1].image_url.url;
    expect(url.startsWith('data:image/jpeg;base64,')).toBe(true);
    const jpeg = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
    const size = jpegSize(jpeg);
    expect(Math.max(size.width, size.height)).toBe(2048);
    expect(size.width / size.height).toBeCloseTo(4 / 3, 2);
    expect(hasExif(jpeg)).toBe(false);
    const thumb = chat.userMessages().last().getByRole('img');
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await chat.page.screenshot({ path: screenshotPath('chat-photo-iphone') });
    await chat.page.reload();
    const reloadedThumb = new ChatPage(chat.page).userMessages().last().getByRole('img');
    await expect.poll(() => reloadedThumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await chat.page.close();
  });

  it('keeps the message when the gateway is down, and Retry sends it once the gateway is back', async () => {
    const chat = await openChat();
    e2e.gateway.setScenario({ kind: 'refuse' });
    await chat.send('are you awake yet');
    const failed = chat.userMessages().last();
    await failed.and(chat.page.locator('[data-status="failed"]')).waitFor();
    expect(await failed.getByRole('alert').innerText()).toMatch(/unreachable/);
    // The header's status looks again after the failure instead of still saying online.
    const status = chat.page.locator('header [data-gateway-status]');
    await status.and(chat.page.locator('[data-gateway-status="unreachable"]')).waitFor();
    await chat.page.screenshot({ path: screenshotPath('chat-gateway-down-iphone') });
    e2e.gateway.setScenario({ kind: 'normal' });
    await failed.getByRole('button', { name: 'Retry' }).click();
    const answer = await chat.waitForAnswer();
    expect(await answer.innerText()).toMatch(/Echo: are you awake yet/);
    await status.and(chat.page.locator('[data-gateway-status="ok"]')).waitFor();
    expect(chatRequestsWith('are you awake yet')).toHaveLength(1);
    await chat.page.close();
  });

  it('queues a message written offline and delivers it exactly once when back online', async () => {
    const chat = await openChat();
    await chat.page.context().setOffline(true);
    await chat.send('sent from the underground');
    await chat.userMessages().last().and(chat.page.locator('[data-status="queued"]')).waitFor();
    expect(chatRequestsWith('sent from the underground')).toHaveLength(0);
    await chat.page.context().setOffline(false);
    const answer = await chat.waitForAnswer();
    expect(await answer.innerText()).toMatch(/Echo: sent from the underground/);
    await chat.page.evaluate(() => window.dispatchEvent(new Event('online')));
    await chat.page.waitForTimeout(500);
    expect(chatRequestsWith('sent from the underground')).toHaveLength(1);
    await chat.page.close();
  });

  it('keeps the draft across a reload', async () => {
    const chat = await openChat();
    await chat.type('half a thought');
    await chat.page.reload();
    await expect.poll(() => new ChatPage(chat.page).composer().inputValue()).toBe('half a thought');
    await chat.page.close();
  });

  it('reopens a conversation from the drawer and continues it with the same session id', async () => {
    const chat = await openChat();
    await chat.send('remember the word pineapple');
    await chat.waitForAnswer();
    const conversationId = decodeURIComponent(new URL(chat.page.url()).pathname.split('/').pop() ?? '');
    await chat.page.goto('/chat');
    await chat.page.getByRole('button', { name: 'Show conversations' }).click();
    await chat.page.getByRole('dialog', { name: 'Conversations' }).getByRole('link', { name: /remember the word pineapple/ }).click();
    await chat.page.waitForURL((u) => u.pathname.endsWith(conversationId));
    expect(await chat.userMessages().first().innerText()).toMatch(/pineapple/);
    await chat.send('what was the word');
    await chat.waitForAnswer();
    expect(chatRequestsWith('what was the word').at(-1)?.headers['x-hermes-session-id']).toBe(conversationId);
    expect(e2e.gateway.sessionHistory(conversationId).length).toBe(4);
    await chat.page.close();
  });
});
