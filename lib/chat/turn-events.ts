import type { ToolChip, Usage } from '@/lib/store/chat-types';

/**
 * What Paddock streams to the browser for one turn, as SSE `event: <type>` + JSON data. Small on
 * purpose: each delta carries only its own text, never the answer so far.
 */
export type TurnEvent =
  | { type: 'start'; conversationId: string; userMessageId: string; assistantMessageId: string; startedAt: number }
  | { type: 'delta'; text: string }
  | ({ type: 'tool' } & ToolChip)
  | ({ type: 'usage'; model: string | null } & Usage)
  | { type: 'end'; status: 'complete' | 'stopped' | 'failed'; error: string | null; durationMs: number };

export const TURN_EVENT_TYPES = ['start', 'delta', 'tool', 'usage', 'end'] as const;

/** One SSE frame. JSON.stringify never emits a raw newline, so data fits one `data:` line. */
export function encodeTurnEvent(event: TurnEvent): string {
  const { type, ...data } = event;
  return `event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
}
