import { z } from 'zod';

/** What a chat turn streams, gateway-neutral: the BFF relays these to the browser as SSE. */
export type ChatEvent =
  | { type: 'session'; sessionId: string }
  | { type: 'delta'; text: string }
  | { type: 'tool'; toolCallId: string; tool: string; emoji?: string; label?: string; status: 'running' | 'completed' }
  | { type: 'usage'; model: string | undefined; finishReason: string; promptTokens: number; completionTokens: number; totalTokens: number }
  | { type: 'done' };

export const chunkSchema = z.object({
  model: z.string().optional(),
  choices: z
    .array(
      z.object({
        delta: z.object({ role: z.string().optional(), content: z.string().nullish() }).partial().default({}),
        finish_reason: z.string().nullish(),
      }),
    )
    .default([]),
  usage: z.object({ prompt_tokens: z.number(), completion_tokens: z.number(), total_tokens: z.number() }).nullish(),
});

export const toolProgressSchema = z.object({
  tool: z.string(),
  toolCallId: z.string(),
  status: z.enum(['running', 'completed']),
  emoji: z.string().optional(),
  label: z.string().optional(),
});

/** Maps one gateway SSE message to zero or more ChatEvents; unknown or malformed events are ignored. */
export function toChatEvents(event: string | undefined, data: string): ChatEvent[] {
  if (data === '[DONE]') return [{ type: 'done' }];
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return [];
  }
  if (event === 'hermes.tool.progress') {
    const tool = toolProgressSchema.safeParse(json);
    return tool.success ? [{ type: 'tool', ...tool.data }] : [];
  }
  if (event !== undefined && event !== 'message') return [];
  const chunk = chunkSchema.safeParse(json);
  if (!chunk.success) return [];
  const out: ChatEvent[] = [];
  const choice = chunk.data.choices[0];
  if (choice?.delta.content) out.push({ type: 'delta', text: choice.delta.content });
  if (choice?.finish_reason) {
    const usage = chunk.data.usage;
    out.push({
      type: 'usage',
      model: chunk.data.model,
      finishReason: choice.finish_reason,
      promptTokens: usage?.prompt_tokens ?? 0,
      completionTokens: usage?.completion_tokens ?? 0,
      totalTokens: usage?.total_tokens ?? 0,
    });
  }
  return out;
}
