import { describe, expect, it } from 'vitest';
import type { UiMessage } from '@/components/chat/chat-model';
import { fromStored, uuid } from '@/components/chat/chat-model';
import { chatReducer } from '@/components/chat/chat-reducer';

function user(id: string, patch: Partial<UiMessage> = {}): UiMessage {
  return { id, role: 'user', text: 'hi', images: [], tools: [], status: 'sending', error: null, model: null, usage: null, startedAt: 1, durationMs: null, replyTo: null, ...patch };
}

describe('chatReducer', () => {
  it('adds the answer on start and marks the question delivered', () => {
    const next = chatReducer([user('u1', { status: 'sending', error: 'old' })], {
      type: 'turn',
      userMessageId: 'u1',
      event: { type: 'start', conversationId: 'c', userMessageId: 'u1', assistantMessageId: 'a1', startedAt: 5 },
    });
    expect(next.map((m) => `${m.id}:${m.status}`)).toEqual(['u1:delivered', 'a1:streaming']);
    expect(next[0]?.error).toBeNull();
    expect(next[1]?.replyTo).toBe('u1');
  });

  it('appends text, upserts tool chips by toolCallId, records usage and the end', () => {
    let state = chatReducer([user('u1')], { type: 'turn', userMessageId: 'u1', event: { type: 'start', conversationId: 'c', userMessageId: 'u1', assistantMessageId: 'a1', startedAt: 5 } });
    state = chatReducer(state, { type: 'append', id: 'a1', text: 'Hel' });
    state = chatReducer(state, { type: 'append', id: 'a1', text: 'lo' });
    state = chatReducer(state, { type: 'turn', userMessageId: 'u1', event: { type: 'tool', toolCallId: 't', tool: 'terminal', label: 'ls', status: 'running' } });
    state = chatReducer(state, { type: 'turn', userMessageId: 'u1', event: { type: 'tool', toolCallId: 't', tool: 'terminal', label: 'ls', status: 'completed' } });
    state = chatReducer(state, { type: 'turn', userMessageId: 'u1', event: { type: 'usage', model: 'm', promptTokens: 1, completionTokens: 2, totalTokens: 3 } });
    state = chatReducer(state, { type: 'turn', userMessageId: 'u1', event: { type: 'end', status: 'complete', error: null, durationMs: 42 } });
    const answer = state[1];
    expect(answer?.text).toBe('Hello');
    expect(answer?.tools).toEqual([{ toolCallId: 't', tool: 'terminal', label: 'ls', status: 'completed' }]);
    expect(answer?.usage?.totalTokens).toBe(3);
    expect(answer?.model).toBe('m');
    expect(answer).toMatchObject({ status: 'complete', durationMs: 42 });
  });

  it('does not add a message twice and leaves the original in place', () => {
    const state = chatReducer([user('u1', { text: 'first' })], { type: 'add', message: user('u1', { text: 'second' }) });
    expect(state).toHaveLength(1);
    expect(state[0]?.text).toBe('first');
  });

  it('ignores turn events for an answer that does not exist', () => {
    const state = [user('u1')];
    expect(chatReducer(state, { type: 'turn', userMessageId: 'u1', event: { type: 'end', status: 'failed', error: 'x', durationMs: 1 } })).toEqual(state);
  });
});

describe('chat model', () => {
  it('maps stored statuses: undelivered becomes a failed, retryable message', () => {
    const ui = fromStored({
      id: 'm',
      conversationId: 'c',
      role: 'user',
      replyTo: null,
      text: 't',
      imageIds: ['i1'],
      tools: [],
      status: 'undelivered',
      error: 'gateway down',
      model: null,
      usage: null,
      createdAt: 10,
      finishedAt: null,
    });
    expect(ui).toMatchObject({ status: 'failed', error: 'gateway down', images: [{ id: 'i1', url: '/api/chat/uploads/i1' }] });
  });

  it('makes RFC 4122 version 4 ids without crypto.randomUUID', () => {
    const ids = new Set(Array.from({ length: 200 }, uuid));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
