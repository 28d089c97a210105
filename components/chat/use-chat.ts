'use client';

import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { TurnEvent } from '@/lib/chat/turn-events';
import { useT } from '@/components/i18n/locale-provider';
import { apiFetch } from '@/lib/client/api-fetch';
import { announceGatewayCheck } from '@/lib/client/gateway-check';
import { chatMessages } from '@/lib/i18n/messages/chat';
import type { ChatMessage } from '@/lib/store/chat-types';
import { fromStored, uuid, type UiMessage } from './chat-model';
import { chatReducer } from './chat-reducer';
import { listOutbox, putOutbox, removeOutbox, type OutboxItem } from './outbox';
import { sendTurn } from './send-turn';

function queuedMessage(item: OutboxItem, images?: UiMessage['images']): UiMessage {
  return {
    id: item.messageId,
    role: 'user',
    text: item.text,
    images: images ?? item.photos.map((photo) => (typeof photo === 'string' ? { id: photo, url: `/api/chat/uploads/${photo}` } : { id: null, url: URL.createObjectURL(photo) })),
    tools: [],
    status: 'queued',
    error: null,
    model: null,
    usage: null,
    startedAt: item.createdAt,
    durationMs: null,
    replyTo: null,
  };
}

export interface Draft {
  text: string;
  photos: { blob: Blob; url: string }[];
}

/**
 * The chat screen's state: messages, the one turn in flight, Stop, Retry and the offline outbox.
 * Deltas are collected and applied once per animation frame, so a fast stream costs one render
 * per frame, not one per token.
 */
export function useChat(conversationId: string, initial: UiMessage[]) {
  const t = useT(chatMessages);
  const [messages, dispatch] = useReducer(chatReducer, initial);
  const [busy, setBusy] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const pending = useRef<{ id: string; text: string } | null>(null);
  const frame = useRef(0);
  const answerId = useRef<string | null>(null);
  const flushing = useRef(false);

  const flushDeltas = useCallback(() => {
    frame.current = 0;
    if (pending.current) dispatch({ type: 'append', id: pending.current.id, text: pending.current.text });
    pending.current = null;
  }, []);

  const onEvent = useCallback(
    (userMessageId: string) => (event: TurnEvent) => {
      if (event.type === 'delta') {
        if (!answerId.current) return;
        pending.current = { id: answerId.current, text: (pending.current?.text ?? '') + event.text };
        frame.current ||= requestAnimationFrame(flushDeltas);
        return;
      }
      if (frame.current) {
        cancelAnimationFrame(frame.current);
        flushDeltas();
      }
      if (event.type === 'start') answerId.current = event.assistantMessageId;
      dispatch({ type: 'turn', userMessageId, event });
    },
    [flushDeltas],
  );

  const reload = useCallback(async () => {
    const found = await apiFetch<{ messages: ChatMessage[] }>(`/api/chat/conversations/${encodeURIComponent(conversationId)}`).catch(() => undefined);
    if (found) dispatch({ type: 'reset', messages: found.messages.map(fromStored) });
  }, [conversationId]);

  const deliver = useCallback(
    async (item: OutboxItem) => {
      const abort = new AbortController();
      controller.current = abort;
      answerId.current = null;
      setBusy(true);
      dispatch({ type: 'patch', id: item.messageId, patch: { status: 'sending', error: null } });
      const outcome = await sendTurn({ conversationId: item.conversationId, messageId: item.messageId, text: item.text, photos: item.photos }, abort.signal, onEvent(item.messageId), (ids) =>
        dispatch({ type: 'patch', id: item.messageId, patch: { images: ids.map((id) => ({ id, url: `/api/chat/uploads/${id}` })) } }),
      );
      if (frame.current) flushDeltas();
      controller.current = null;
      if (abort.signal.aborted) {
        // Stop: the server keeps what arrived as a stopped answer; show the same here.
        if (answerId.current) dispatch({ type: 'patch', id: answerId.current, patch: { status: 'stopped', error: null } });
        else dispatch({ type: 'patch', id: item.messageId, patch: { status: 'failed', error: t('stoppedBeforeReceived') } });
      }
      setBusy(false);
      if (outcome.kind === 'offline') {
        await putOutbox(item);
        dispatch({ type: 'patch', id: item.messageId, patch: { status: 'queued', error: t('waitingForConnection') } });
        return;
      }
      await removeOutbox(item.messageId);
      if (outcome.kind === 'answered' || (outcome.kind === 'failed' && !abort.signal.aborted)) announceGatewayCheck({ answered: outcome.kind === 'answered' });
      if (outcome.kind === 'duplicate') await reload();
      if (outcome.kind === 'failed' && !outcome.delivered) dispatch({ type: 'patch', id: item.messageId, patch: { status: 'failed', error: outcome.message } });
      if (outcome.kind === 'failed' && outcome.delivered && answerId.current) {
        dispatch({ type: 'patch', id: answerId.current, patch: { status: 'stopped', error: outcome.message } });
      }
    },
    [flushDeltas, onEvent, reload, t],
  );

  const send = useCallback(
    async (draft: Draft) => {
      const item: OutboxItem = { messageId: uuid(), conversationId, text: draft.text, photos: draft.photos.map((p) => p.blob), createdAt: Date.now() };
      dispatch({ type: 'add', message: { ...queuedMessage(item, draft.photos.map((p) => ({ id: null, url: p.url }))), status: 'sending' } });
      if (!navigator.onLine) {
        await putOutbox(item);
        dispatch({ type: 'patch', id: item.messageId, patch: { status: 'queued', error: t('offlineQueued') } });
        return;
      }
      await deliver(item);
    },
    [conversationId, deliver, t],
  );

  /** Resends a failed message under the same id: the server refuses it if the agent already has it. */
  const retry = useCallback(
    async (messageId: string) => {
      const message = messages.find((m) => m.id === messageId);
      if (!message || busy) return;
      const photos = message.images.map((p) => p.id).filter((id): id is string => id !== null);
      await deliver({ messageId, conversationId, text: message.text, photos, createdAt: message.startedAt });
    },
    [busy, conversationId, deliver, messages],
  );

  /** Asks the same question again as a new message (the agent sees it twice, on purpose). */
  const retryAnswer = useCallback(
    async (assistantId: string) => {
      const answer = messages.find((m) => m.id === assistantId);
      const question = messages.find((m) => m.id === answer?.replyTo);
      if (!question || busy) return;
      const photos = question.images.map((p) => p.id).filter((id): id is string => id !== null);
      const item: OutboxItem = { messageId: uuid(), conversationId, text: question.text, photos, createdAt: Date.now() };
      dispatch({ type: 'add', message: { ...queuedMessage(item), status: 'sending' } });
      await deliver(item);
    },
    [busy, conversationId, deliver, messages],
  );

  const stop = useCallback(() => controller.current?.abort(), []);

  const flushOutbox = useCallback(async () => {
    if (flushing.current || controller.current || !navigator.onLine) return;
    flushing.current = true;
    try {
      for (const item of await listOutbox()) {
        if (item.conversationId !== conversationId) continue;
        dispatch({ type: 'add', message: queuedMessage(item) });
        await deliver(item);
      }
    } finally {
      flushing.current = false;
    }
  }, [conversationId, deliver]);

  useEffect(() => {
    const onVisible = () => document.visibilityState === 'visible' && void flushOutbox();
    window.addEventListener('online', flushOutbox);
    document.addEventListener('visibilitychange', onVisible);
    void flushOutbox();
    return () => {
      window.removeEventListener('online', flushOutbox);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [flushOutbox]);

  useEffect(() => () => controller.current?.abort(), []);

  return { messages, busy, send, retry, retryAnswer, stop };
}
