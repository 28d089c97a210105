import type { ChatMessage, ToolChip, Usage } from '@/lib/store/chat-types';

/** A message as the chat screen shows it: the stored shape plus what only the browser knows. */
export interface UiMessage {
  id: string;
  role: 'user' | 'assistant';
  text: string;
  /** Stored photo ids (served from /api/chat/uploads/<id>) or local object URLs before upload. */
  images: { id: string | null; url: string }[];
  tools: ToolChip[];
  status: 'queued' | 'sending' | 'delivered' | 'failed' | 'streaming' | 'complete' | 'stopped';
  error: string | null;
  model: string | null;
  usage: Usage | null;
  startedAt: number;
  durationMs: number | null;
  replyTo: string | null;
}

export function fromStored(message: ChatMessage): UiMessage {
  const status: UiMessage['status'] =
    message.status === 'undelivered' ? 'failed' : message.status === 'sending' ? 'delivered' : message.status;
  return {
    id: message.id,
    role: message.role,
    text: message.text,
    images: message.imageIds.map((id) => ({ id, url: `/api/chat/uploads/${id}` })),
    tools: message.tools,
    status,
    error: message.error,
    model: message.model,
    usage: message.usage,
    startedAt: message.createdAt,
    durationMs: message.finishedAt ? message.finishedAt - message.createdAt : null,
    replyTo: message.replyTo,
  };
}

/** RFC 4122 v4 from getRandomValues, which (unlike randomUUID) also exists on plain-HTTP origins. */
export function uuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function newConversationId(): string {
  return `pwa-${uuid()}`;
}
