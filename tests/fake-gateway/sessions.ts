import { createHash } from 'node:crypto';
import { contentImages, contentText, type NormalizedContent } from './content';
import { pyRepr } from './json';

export type StoredMessage = { role: 'user' | 'assistant'; content: string };

/**
 * `_derive_chat_session_id`: "api-" + the first 16 hex of sha256(f"{system or ''}\n{first_user}"),
 * where a multimodal first message enters the f-string as Python's str() of its part list.
 */
export function deriveSessionId(systemPrompt: string | null, firstUser: NormalizedContent): string {
  const first = typeof firstUser === 'string' ? firstUser : pyRepr(firstUser);
  const digest = createHash('sha256').update(`${systemPrompt ?? ''}\n${first}`, 'utf8').digest('hex');
  return `api-${digest.slice(0, 16)}`;
}

/** How state.db keeps a turn: its text, with a "[screenshot]" line standing in for each image. */
export function historyText(content: NormalizedContent): string {
  return [contentText(content), ...contentImages(content).map(() => '[screenshot]')].filter(Boolean).join('\n');
}

/** Server-side conversation history per session id, like the gateway's state.db. */
export class SessionStore {
  private readonly sessions = new Map<string, StoredMessage[]>();

  history(sessionId: string): StoredMessage[] {
    return [...(this.sessions.get(sessionId) ?? [])];
  }

  append(sessionId: string, message: StoredMessage): void {
    const messages = this.sessions.get(sessionId) ?? [];
    messages.push(message);
    this.sessions.set(sessionId, messages);
  }
}
