import { streamPieces, type AgentReply } from './agent-reply';
import type { RequestContext } from './context';
import { pyJson, type JsonObject, type JsonValue } from './json';
import { pause } from './pause';
import type { ChatPacing } from './scenario';
import { SseStream } from './sse';

/** The fields every chunk and the non-streaming body share. */
export interface Completion {
  id: string;
  created: number;
  model: JsonValue;
}

export type Usage = { prompt_tokens: number; completion_tokens: number; total_tokens: number };

function chunk(completion: Completion, delta: JsonObject, finishReason: string | null, usage?: Usage): string {
  const body: JsonObject = {
    id: completion.id,
    object: 'chat.completion.chunk',
    created: completion.created,
    model: completion.model,
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  };
  if (usage) body.usage = usage;
  return pyJson(body);
}

/**
 * Streams one answer with the gateway's exact framing: role chunk, tool progress events, content
 * chunks, the final chunk carrying usage, then [DONE]. Returns false when the answer did not
 * finish (client gone, or cut by the `cut_stream` scenario).
 */
export async function streamCompletion(
  ctx: RequestContext,
  completion: Completion,
  sessionId: string,
  reply: AgentReply,
  usage: Usage,
  pacing: ChatPacing,
): Promise<boolean> {
  const sse = SseStream.open(ctx.res, { 'X-Hermes-Session-Id': sessionId }, pacing.keepaliveMs);
  await sse.data(chunk(completion, { role: 'assistant' }, null));
  await pause(pacing.silenceMs, ctx.signal);

  if (reply.tool) {
    const { tool, emoji, label, toolCallId } = reply.tool;
    await pause(pacing.pieceDelayMs, ctx.signal);
    await sse.event('hermes.tool.progress', pyJson({ tool, emoji, label, toolCallId, status: 'running' }));
    await pause(pacing.pieceDelayMs, ctx.signal);
    await sse.event('hermes.tool.progress', pyJson({ tool, toolCallId, status: 'completed' }));
  }

  let sent = 0;
  for (const piece of streamPieces(reply.streamedText)) {
    if (pacing.cutAfterChunks !== undefined && sent >= pacing.cutAfterChunks) break;
    await pause(pacing.pieceDelayMs, ctx.signal);
    if (!sse.isOpen) return false;
    await sse.data(chunk(completion, { content: piece }, null));
    sent += 1;
  }
  if (pacing.cutAfterChunks !== undefined) {
    ctx.cutConnection();
    return false;
  }
  if (!sse.isOpen) return false;

  await sse.data(chunk(completion, {}, 'stop', usage));
  await sse.data('[DONE]');
  sse.end();
  return true;
}
