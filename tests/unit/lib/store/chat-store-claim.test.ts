import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeStores, openStore } from '@/lib/store/db';
import { beginAnswer, claimUserMessage, getConversation, getMessage, listConversations, markUndelivered } from '@/lib/store/chat-store';

const config = vi.hoisted(() => ({ dataDir: '' }));
vi.mock('@/lib/config', () => ({ getConfig: () => config }));

beforeEach(() => {
  config.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-claim-'));
});

afterEach(() => {
  closeStores();
  fs.rmSync(config.dataDir, { recursive: true, force: true });
});

const message = { id: 'm1', conversationId: 'pwa-a', text: 'Menu photo, what is on it?', imageIds: ['img1'], now: 1_000 };

describe('claimUserMessage', () => {
  it('claims a new id once and records it as sending in a new conversation titled by its first line', () => {
    expect(claimUserMessage(message)).toBe('claimed');
    expect(getMessage('m1')).toMatchObject({ status: 'sending', conversationId: 'pwa-a', imageIds: ['img1'], createdAt: 1_000 });
    expect(listConversations()).toEqual([expect.objectContaining({ id: 'pwa-a', title: 'Menu photo, what is on it?', messageCount: 1 })]);
    expect(claimUserMessage({ ...message, now: 2_000 })).toBe('duplicate');
  });

  it('refuses an id the gateway already has (its answer has begun), and the refusal changes nothing', () => {
    claimUserMessage(message);
    beginAnswer({ userMessageId: 'm1', assistantMessageId: 'a1', conversationId: 'pwa-a', now: 2_000 });
    expect(getMessage('a1')).toMatchObject({ role: 'assistant', replyTo: 'm1', status: 'streaming', createdAt: 2_000 });
    expect(claimUserMessage({ ...message, text: 'changed', now: 5_000 })).toBe('duplicate');
    expect(getMessage('m1')).toMatchObject({ status: 'delivered', text: message.text });
    expect(getConversation('pwa-a')?.conversation.updatedAt).toBe(2_000);
  });

  it('takes an id again when its earlier attempt never reached the gateway, with the new text and photos', () => {
    claimUserMessage(message);
    markUndelivered('m1', 'The Hermes gateway is unreachable.', 3_000);
    expect(getConversation('pwa-a')?.conversation.updatedAt).toBe(3_000);
    expect(claimUserMessage({ ...message, text: 'Retry', imageIds: [], now: 7_000 })).toBe('claimed');
    expect(getMessage('m1')).toMatchObject({ status: 'sending', error: null, text: 'Retry', imageIds: [], createdAt: 1_000 });
    beginAnswer({ userMessageId: 'm1', assistantMessageId: 'a1', conversationId: 'pwa-a', now: 8_000 });
    expect(getConversation('pwa-a')?.conversation).toMatchObject({ updatedAt: 8_000, title: message.text });
  });

  it('never moves an undelivered id into another conversation, and creates no conversation for the attempt', () => {
    claimUserMessage(message);
    markUndelivered('m1', 'unreachable');
    expect(claimUserMessage({ ...message, conversationId: 'pwa-b' })).toBe('duplicate');
    expect(getConversation('pwa-b')).toBeUndefined();
    expect(getMessage('m1')).toMatchObject({ conversationId: 'pwa-a', status: 'undelivered' });
  });

  it('keeps working after the store is closed and opened again (statements belong to one connection)', () => {
    claimUserMessage(message);
    expect(getMessage('m1')).toMatchObject({ status: 'sending' });
    closeStores();
    expect(claimUserMessage({ ...message, id: 'm2' })).toBe('claimed');
    expect(getConversation('pwa-a')?.messages.map((m) => m.id)).toEqual(['m1', 'm2']);
  });
});

describe('claims written after the gateway call', () => {
  const nextTurnOfLoop = () => new Promise((resolve) => setImmediate(resolve));
  const rawStatus = (id: string) => openStore().prepare('SELECT status FROM chat_messages WHERE id = ?').get(id);

  it('refuses a second claim of the same id before the first is written', () => {
    expect(claimUserMessage(message)).toBe('claimed');
    expect(rawStatus('m1')).toBeUndefined();
    expect(claimUserMessage({ ...message, now: 2_000 })).toBe('duplicate');
  });

  it('writes every claim of the moment on the next turn of the event loop, without anyone reading', async () => {
    expect(claimUserMessage(message)).toBe('claimed');
    expect(claimUserMessage({ ...message, id: 'm2', conversationId: 'pwa-b' })).toBe('claimed');
    await nextTurnOfLoop();
    expect(rawStatus('m1')).toEqual({ status: 'sending' });
    expect(rawStatus('m2')).toEqual({ status: 'sending' });
    expect(listConversations().map((c) => c.id).sort()).toEqual(['pwa-a', 'pwa-b']);
  });

  it('writes a claim and the answer begun on it in the order they were asked for', async () => {
    claimUserMessage(message);
    beginAnswer({ userMessageId: 'm1', assistantMessageId: 'a1', conversationId: 'pwa-a', now: 2_000 });
    await nextTurnOfLoop();
    expect(rawStatus('m1')).toEqual({ status: 'delivered' });
    expect(rawStatus('a1')).toEqual({ status: 'streaming' });
  });

  it('tells only the claim another writer took first, undoes it alone, and keeps refusing its id', async () => {
    const lost = vi.fn();
    const kept = vi.fn();
    expect(claimUserMessage(message, lost)).toBe('claimed');
    expect(claimUserMessage({ ...message, id: 'm2', conversationId: 'pwa-b' }, kept)).toBe('claimed');
    openStore().prepare("INSERT INTO conversations (id, title, created_at, updated_at) VALUES ('pwa-z', 't', 0, 0)").run();
    openStore().prepare("INSERT INTO chat_messages (id, conversation_id, role, text, image_ids, status, created_at) VALUES ('m1', 'pwa-z', 'user', 'other', '[]', 'delivered', 0)").run();
    await nextTurnOfLoop();
    expect(lost).toHaveBeenCalledOnce();
    expect(kept).not.toHaveBeenCalled();
    expect(getConversation('pwa-a')).toBeUndefined();
    expect(getMessage('m2')).toMatchObject({ status: 'sending', conversationId: 'pwa-b' });
    expect(claimUserMessage({ ...message, conversationId: 'pwa-z' })).toBe('duplicate');
  });

  it('tells every claim of a commit that fails, and never resends their ids', async () => {
    const lost = vi.fn();
    claimUserMessage(message, lost);
    claimUserMessage({ ...message, id: 'm2' }, lost);
    openStore().pragma('query_only = ON');
    await nextTurnOfLoop();
    openStore().pragma('query_only = OFF');
    expect(lost).toHaveBeenCalledTimes(2);
    expect(rawStatus('m1')).toBeUndefined();
    expect(claimUserMessage(message)).toBe('duplicate');
    expect(claimUserMessage({ ...message, id: 'm2' })).toBe('duplicate');
  });
});
