import crypto from 'node:crypto';
import type { ChatEvent } from '@/lib/gateway/chat-events';
import { streamChat } from '@/lib/gateway/chat-stream';
import { AppError } from '@/lib/http/app-error';
import { claimUserMessage, finishAssistantMessage, markDelivered, markUndelivered, startAssistantMessage } from '@/lib/store/chat-store';
import type { ToolChip, Usage } from '@/lib/store/chat-types';
import { buildTurnContent } from './turn-content';
import { encodeTurnEvent, type TurnEvent } from './turn-events';
import type { TurnRequest } from './turn-request';

interface Answer {
  text: string;
  tools: Map<string, ToolChip>;
  usage: Usage | null;
  model: string | null;
}

/** Folds one gateway event into the answer being kept, and says what to relay to the browser. */
function absorb(answer: Answer, event: ChatEvent): TurnEvent | undefined {
  switch (event.type) {
    case 'delta':
      answer.text += event.text;
      return event;
    case 'tool': {
      const { type: _type, ...chip } = event;
      const known = answer.tools.get(chip.toolCallId);
      const merged = { ...known, ...chip, emoji: chip.emoji ?? known?.emoji, label: chip.label ?? known?.label };
      answer.tools.set(chip.toolCallId, merged);
      return { type: 'tool', ...merged };
    }
    case 'usage': {
      answer.usage = { promptTokens: event.promptTokens, completionTokens: event.completionTokens, totalTokens: event.totalTokens };
      answer.model = event.model ?? null;
      return { type: 'usage', model: answer.model, ...answer.usage };
    }
    default:
      return undefined;
  }
}

/**
 * Runs one chat turn: records the user message under its idempotency key, sends only that
 * message to the gateway under the conversation's session id, and returns the SSE byte stream
 * for the browser. Throws AppError (conflict, too_large, gateway_*) before any byte is streamed.
 * Aborting `signal` (Stop, or the browser went away) aborts the gateway request too; whatever
 * arrived is kept as a stopped answer.
 */
export async function runTurn(request: TurnRequest, signal: AbortSignal): Promise<ReadableStream<Uint8Array>> {
  const content = buildTurnContent(request.text, request.imageIds);
  const claim = claimUserMessage({ id: request.messageId, conversationId: request.conversationId, text: request.text, imageIds: request.imageIds });
  if (claim === 'duplicate') throw new AppError('conflict', 'This message was already sent; it is not sent twice.');

  const events = streamChat({ sessionId: request.conversationId, content, signal });
  try {
    await events.next();
  } catch (error) {
    const message = error instanceof AppError ? error.message : 'The message could not be sent.';
    markUndelivered(request.messageId, signal.aborted ? 'Stopped before the agent received it.' : message);
    throw error;
  }
  markDelivered(request.messageId);
  const startedAt = Date.now();
  const assistantMessageId = crypto.randomUUID();
  startAssistantMessage({ id: assistantMessageId, conversationId: request.conversationId, replyTo: request.messageId, now: startedAt });

  const answer: Answer = { text: '', tools: new Map(), usage: null, model: null };
  const encoder = new TextEncoder();
  let finished = false;
  const finish = (status: 'complete' | 'stopped' | 'failed', error: string | null): TurnEvent => {
    finished = true;
    finishAssistantMessage({ id: assistantMessageId, text: answer.text, tools: [...answer.tools.values()], status, error, model: answer.model, usage: answer.usage });
    return { type: 'end', status, error, durationMs: Date.now() - startedAt };
  };
  const start: TurnEvent = { type: 'start', conversationId: request.conversationId, userMessageId: request.messageId, assistantMessageId, startedAt };

  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(encodeTurnEvent(start)));
    },
    async pull(controller) {
      try {
        const next = await events.next();
        if (next.done) {
          controller.enqueue(encoder.encode(encodeTurnEvent(finish('complete', null))));
          controller.close();
          return;
        }
        const relay = absorb(answer, next.value);
        if (relay) controller.enqueue(encoder.encode(encodeTurnEvent(relay)));
      } catch (error) {
        if (finished) return;
        const end = signal.aborted ? finish('stopped', null) : finish('failed', error instanceof AppError ? error.message : 'The answer broke off.');
        if (!signal.aborted) console.error('[paddock] chat turn failed', error);
        controller.enqueue(encoder.encode(encodeTurnEvent(end)));
        controller.close();
      }
    },
    async cancel() {
      if (!finished) finish('stopped', null);
      await events.return(undefined);
    },
  });
}
