import { z } from 'zod';

export interface ToolCall {
  id: string | null;
  name: string;
  /** Arguments as the model sent them (normally a JSON string); objects are re-serialised. */
  arguments: string;
}

// Hermes marks list/dict message content (multimodal parts) with this NUL-prefixed sentinel.
const JSON_CONTENT_PREFIX = '\u0000json:';

const contentPartSchema = z.object({ type: z.string().optional(), text: z.unknown().optional() });

function argsToString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '';
  try {
    return JSON.stringify(value);
  } catch {
    return '';
  }
}

// Two stored shapes: OpenAI `{id, type, function: {name, arguments}}` and the flat `{name, arguments}`.
const toolCallSchema = z.union([
  z.object({
    id: z.string().nullish(),
    call_id: z.string().nullish(),
    function: z.object({ name: z.string(), arguments: z.unknown().optional() }),
  }),
  z.object({ id: z.string().nullish(), call_id: z.string().nullish(), name: z.string(), arguments: z.unknown().optional() }),
]);

/** Parses the `messages.tool_calls` JSON text into normalised calls; returns null for NULL/invalid JSON, never throws. */
export function parseToolCalls(raw: string | null): ToolCall[] | null {
  if (raw === null || raw.trim() === '') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  const list = Array.isArray(parsed) ? parsed : [parsed];
  const calls: ToolCall[] = [];
  for (const item of list) {
    const r = toolCallSchema.safeParse(item);
    if (!r.success) continue;
    const c = r.data;
    if ('function' in c) calls.push({ id: c.id ?? c.call_id ?? null, name: c.function.name, arguments: argsToString(c.function.arguments) });
    else calls.push({ id: c.id ?? c.call_id ?? null, name: c.name, arguments: argsToString(c.arguments) });
  }
  return calls;
}

/**
 * Turns stored `messages.content` into display text; never throws.
 * Structured content becomes its text parts, with images as "[screenshot]" like Hermes' own flattening.
 */
export function decodeContent(raw: string | null): string | null {
  if (raw === null || !raw.startsWith(JSON_CONTENT_PREFIX)) return raw;
  const body = raw.slice(JSON_CONTENT_PREFIX.length);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return body;
  }
  if (typeof parsed === 'string') return parsed;
  if (!Array.isArray(parsed)) return body;
  const pieces: string[] = [];
  for (const part of parsed) {
    if (typeof part === 'string') {
      pieces.push(part);
      continue;
    }
    const p = contentPartSchema.safeParse(part);
    if (!p.success) continue;
    if (typeof p.data.text === 'string') pieces.push(p.data.text);
    else if (p.data.type && /image/.test(p.data.type)) pieces.push('[screenshot]');
  }
  return pieces.join('\n');
}

// The cron scheduler prepends a fixed "[IMPORTANT: You are running as a scheduled cron job …]" block; it is
// identical for every run, so previews skip it to show the job's own prompt.
const CRON_PREAMBLE = /^\[IMPORTANT:[\s\S]*?\]\s*\n\s*\n/;

/** One-line preview of a message: preamble stripped, whitespace collapsed, capped at `max` chars; never throws. */
export function previewText(content: string | null, max = 200): string {
  if (!content) return '';
  let t = content;
  const m = CRON_PREAMBLE.exec(t);
  if (m && m[0].length < t.length) t = t.slice(m[0].length);
  t = t.replace(/\s+/g, ' ').trim();
  const chars = Array.from(t);
  if (chars.length <= max) return t;
  return `${chars.slice(0, max).join('').trimEnd()}…`;
}
