import crypto from 'node:crypto';
import type { ChatEvent } from '@/lib/gateway/chat-events';
import { streamChat } from '@/lib/gateway/chat-stream';
import { AppError } from '@/lib/http/app-error';
import { beginAnswer, claimUserMessage, finishAssistantMessage, markUndelivered } from '@/lib/store/chat-store';
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
 * Runs one chat turn: claims the user message under its idempotency key, sends only that
 * message to the gateway under the conversation's session id, and resolves with the SSE frames
 * for the browser, yielded one by one as the gateway's events arrive. Throws AppError (conflict,
 * too_large, gateway_*) before any frame exists, so the caller can still answer with a status.
 * Aborting `stop` (Stop, or the browser went away) aborts the gateway request too; whatever
 * arrived is kept as a stopped answer. The claim's row is written just after the gateway call has
 * gone out; should that write fail, `stop` is aborted too and the turn ends with the reason.
 */
export async function runTurn(request: TurnRequest, stop: AbortController): Promise<AsyncGenerator<string>> {
  const content = buildTurnContent(request.text, request.imageIds);
  let lost: unknown;
  const claim = claimUserMessage({ id: request.messageId, conversationId: request.conversationId, text: request.text, imageIds: request.imageIds }, (error) => {
    lost = error;
    stop.abort();
  });
  if (claim === 'duplicate') throw new AppError('conflict', 'This message was already sent; it is not sent twice.');

  const { signal } = stop;
  const events = streamChat({ sessionId: request.conversationId, content, signal });
  try {
    await events.next();
  } catch (error) {
    if (lost !== undefined) throw notRecorded(lost);
    const message = error instanceof AppError ? error.message : 'The message could not be sent.';
    markUndelivered(request.messageId, signal.aborted ? 'Stopped before the agent received it.' : message);
    throw error;
  }
  if (lost !== undefined) {
    await events.return(undefined);
    throw notRecorded(lost);
  }
  const answerStart = { assistantMessageId: crypto.randomUUID(), startedAt: Date.now() };
  beginAnswer({ userMessageId: request.messageId, assistantMessageId: answerStart.assistantMessageId, conversationId: request.conversationId, now: answerStart.startedAt });
  return relayAnswer(request, events, signal, answerStart);
}

function notRecorded(cause: unknown): AppError {
  return new AppError('internal', 'Paddock could not record this message, so the turn was stopped. The agent may have received it; it is not sent again.', { cause });
}

async function* relayAnswer(
  request: TurnRequest,
  events: AsyncGenerator<ChatEvent>,
  signal: AbortSignal,
  { assistantMessageId, startedAt }: { assistantMessageId: string; startedAt: number },
): AsyncGenerator<string> {
  const answer: Answer = { text: '', tools: new Map(), usage: null, model: null };
  let status: 'complete' | 'stopped' | 'failed' = 'stopped';
  let error: string | null = null;
  try {
    yield encodeTurnEvent({ type: 'start', conversationId: request.conversationId, userMessageId: request.messageId, assistantMessageId, startedAt });
    for await (const event of events) {
      const relay = absorb(answer, event);
      if (relay) yield encodeTurnEvent(relay);
    }
    status = 'complete';
  } catch (cause) {
    if (!signal.aborted) {
      status = 'failed';
      error = cause instanceof AppError ? cause.message : 'The answer broke off.';
      console.error('[paddock] chat turn failed', cause);
    }
  } finally {
    // Runs on completion, on failure, and when the reader leaves early (the browser went away).
    finishAssistantMessage({ id: assistantMessageId, text: answer.text, tools: [...answer.tools.values()], status, error, model: answer.model, usage: answer.usage });
    await events.return(undefined);
  }
  yield encodeTurnEvent({ type: 'end', status, error, durationMs: Date.now() - startedAt });
}
