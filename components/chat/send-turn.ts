import type { TurnEvent } from '@/lib/chat/turn-events';
import { ApiError, apiErrorFrom, apiFetch } from '@/lib/client/api-fetch';
import { translator } from '@/lib/i18n/catalogue';
import { documentLocale } from '@/lib/i18n/document-locale';
import { chatMessages } from '@/lib/i18n/messages/chat';
import { readTurnStream } from './read-turn-stream';

function connectionBroke(): string {
  return translator(chatMessages, documentLocale())('connectionBroke');
}

export interface TurnToSend {
  conversationId: string;
  messageId: string;
  text: string;
  /** Already-uploaded photo ids, or blobs to upload first. */
  photos: (string | Blob)[];
}

export type SendOutcome =
  | { kind: 'answered' }
  | { kind: 'duplicate' }
  | { kind: 'offline' }
  | { kind: 'failed'; message: string; delivered: boolean };

async function uploadPhoto(photo: Blob, signal: AbortSignal): Promise<string> {
  const form = new FormData();
  form.append('file', photo, 'photo.jpg');
  const { id } = await apiFetch<{ id: string }>('/api/chat/uploads', { method: 'POST', body: form, signal });
  return id;
}

function isOffline(error: unknown): boolean {
  return error instanceof ApiError ? error.code === 'offline' : error instanceof TypeError;
}

/**
 * Uploads the photos, posts the turn and feeds its events to `onEvent` as they arrive. Never
 * throws: the outcome says whether the message reached the agent, so the caller keeps it
 * (composer, failed bubble or outbox) whenever it did not.
 */
export async function sendTurn(turn: TurnToSend, signal: AbortSignal, onEvent: (event: TurnEvent) => void, onUploaded?: (ids: string[]) => void): Promise<SendOutcome> {
  let delivered = false;
  try {
    const imageIds: string[] = [];
    for (const photo of turn.photos) imageIds.push(typeof photo === 'string' ? photo : await uploadPhoto(photo, signal));
    onUploaded?.(imageIds);
    const response = await fetch('/api/chat/turns', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify({ conversationId: turn.conversationId, messageId: turn.messageId, text: turn.text, imageIds }),
      signal,
    });
    if (response.status === 409) return { kind: 'duplicate' };
    if (!response.ok || !response.body) {
      const error = await apiErrorFrom(response);
      return { kind: 'failed', message: error.message, delivered: false };
    }
    let ended = false;
    await readTurnStream(response.body, (event) => {
      if (event.type === 'start') delivered = true;
      if (event.type === 'end') ended = true;
      onEvent(event);
    });
    if (!ended) return { kind: 'failed', message: connectionBroke(), delivered };
    return { kind: 'answered' };
  } catch (error) {
    if (signal.aborted) return { kind: 'answered' };
    if (!delivered && isOffline(error)) return { kind: 'offline' };
    const message = error instanceof ApiError ? error.message : connectionBroke();
    return { kind: 'failed', message, delivered };
  }
}
