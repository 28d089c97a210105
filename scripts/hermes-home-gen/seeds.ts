/** One `messages` row to write; timestamps are REAL epoch seconds like Hermes stores them. */
export interface MessageSeed {
  role: 'user' | 'assistant' | 'tool';
  content: string | null;
  toolCalls: string | null;
  toolName: string | null;
  toolCallId: string | null;
  finishReason: string | null;
  reasoning: string | null;
  timestamp: number;
}

/** One `sessions` row with its messages; counts are derived from the messages when written. */
export interface SessionSeed {
  id: string;
  source: string;
  userId: string | null;
  model: string;
  modelConfig: string | null;
  parentId: string | null;
  startedAt: number;
  endedAt: number | null;
  endReason: string | null;
  title: string | null;
  messages: MessageSeed[];
}

export const MODEL_CONFIG = '{"max_iterations": 90, "reasoning_config": null, "max_tokens": null}';

export function message(role: MessageSeed['role'], content: string | null, timestamp: number, extra: Partial<MessageSeed> = {}): MessageSeed {
  return { role, content, toolCalls: null, toolName: null, toolCallId: null, finishReason: null, reasoning: null, timestamp, ...extra };
}

/** `YYYYmmdd_HHMMSS` (UTC) as Hermes puts it in session ids. */
export function compactStamp(epochSec: number): string {
  return new Date(Math.floor(epochSec) * 1000).toISOString().slice(0, 19).replace(/-|:/g, '').replace('T', '_');
}

/** `YYYY-mm-dd_HH-MM-SS` (UTC) as the cron scheduler names output files. */
export function fileStamp(epochSec: number): string {
  return new Date(Math.floor(epochSec) * 1000).toISOString().slice(0, 19).replace(/:/g, '-').replace('T', '_');
}
