import { request } from 'node:http';
import { z } from 'zod';

export const KEY = 'test-key-0123456789';

export interface SseFrame {
  event?: string;
  data?: string;
  comment?: string;
}

/** Splits a raw SSE body into frames, keeping comments so keepalives can be asserted. */
export function parseSse(text: string): SseFrame[] {
  return text
    .split('\n\n')
    .filter((block) => block !== '')
    .map((block) => {
      const frame: SseFrame = {};
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) frame.comment = line.slice(1).trim();
        else if (line.startsWith('event: ')) frame.event = line.slice(7);
        else if (line.startsWith('data: ')) frame.data = line.slice(6);
      }
      return frame;
    });
}

const usageSchema = z.strictObject({ prompt_tokens: z.number(), completion_tokens: z.number(), total_tokens: z.number() });

/** One `chat.completion.chunk`, exactly as the real gateway shapes it (extra keys fail). */
export const chunkSchema = z.strictObject({
  id: z.string().regex(/^chatcmpl-[0-9a-f]{29}$/),
  object: z.literal('chat.completion.chunk'),
  created: z.number().int(),
  model: z.string(),
  choices: z.tuple([
    z.strictObject({
      index: z.literal(0),
      delta: z.strictObject({ role: z.literal('assistant').optional(), content: z.string().optional() }),
      finish_reason: z.enum(['stop']).nullable(),
    }),
  ]),
  usage: usageSchema.optional(),
});

export const toolProgressSchema = z.strictObject({
  tool: z.string(),
  emoji: z.string().optional(),
  label: z.string().optional(),
  toolCallId: z.string(),
  status: z.enum(['running', 'completed']),
});

export function chunkOf(frame: SseFrame): z.infer<typeof chunkSchema> {
  return chunkSchema.parse(JSON.parse(frame.data ?? ''));
}

/** The `content` deltas of a chat stream, in order. */
export function contentDeltas(frames: SseFrame[]): string[] {
  return frames
    .filter((frame) => !frame.event && frame.data !== undefined && frame.data !== '[DONE]')
    .flatMap((frame) => {
      const content = chunkOf(frame).choices[0].delta.content;
      return content === undefined ? [] : [content];
    });
}

export function chatBody(content: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ model: 'hermes-agent', messages: [{ role: 'user', content }], ...extra });
}

export function authHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json', ...extra };
}

/** Reads a streamed body until it ends or the connection drops; returns the text and how it stopped. */
export async function readUntilClosed(response: Response): Promise<{ text: string; failed: boolean }> {
  const reader = response.body?.getReader();
  if (!reader) return { text: '', failed: false };
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { text, failed: false };
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    return { text, failed: true };
  }
}

/** Sends only request headers (no body), for limits that must be enforced before reading. */
export function sendHeadersOnly(url: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body });
        req.destroy();
      });
    });
    req.on('error', reject);
    req.flushHeaders();
  });
}
