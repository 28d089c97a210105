import { AppError } from '@/lib/http/app-error';
import { defaultTarget } from './client';
import { toChatEvents, type ChatEvent } from './chat-events';
import { readSse } from './sse';
import { postForStream } from './stream-post';

/** Waits this long for the gateway's response headers; after that only the caller's signal ends the turn. */
export const FIRST_BYTE_TIMEOUT_MS = 120_000;
/** How long the rest of a finished stream may take to arrive before the connection is dropped. */
const AFTER_DONE_LINGER_MS = 1_000;

export type ContentPart = { type: 'text'; text: string } | { type: 'image_url'; image_url: { url: string } };

export interface ChatTurn {
  /** Paddock-chosen conversation id, sent as X-Hermes-Session-Id; history lives in the gateway. */
  sessionId: string;
  /** Only the new user message. */
  content: string | ContentPart[];
  model?: string;
  signal: AbortSignal;
}

/**
 * Starts one streamed turn on the gateway and yields events as they arrive. Aborting `signal`
 * (the browser went away, or Stop) cancels the upstream request, which interrupts the agent.
 * Throws AppError before the first event when the gateway refuses the turn; a stream that ends
 * without [DONE] throws `gateway_error` so the caller can tell the user the answer was cut.
 */
export async function* streamChat(turn: ChatTurn, target = defaultTarget()): AsyncGenerator<ChatEvent> {
  const response = await postForStream(
    {
      path: '/v1/chat/completions',
      body: { model: turn.model ?? 'hermes-agent', stream: true, messages: [{ role: 'user', content: turn.content }] },
      headers: { 'X-Hermes-Session-Id': turn.sessionId, Accept: 'text/event-stream' },
      signal: turn.signal,
      timeoutMs: FIRST_BYTE_TIMEOUT_MS,
    },
    target,
  );
  if (!String(response.headers['content-type'] ?? '').includes('text/event-stream')) {
    response.destroy();
    throw new AppError('gateway_error', 'The gateway answered the chat message without a stream.');
  }
  const sessionHeader = response.headers['x-hermes-session-id'];
  yield { type: 'session', sessionId: typeof sessionHeader === 'string' ? sessionHeader : turn.sessionId };
  let finished = false;
  // After [DONE] the stream is read to its end rather than dropped, so the connection goes back to
  // the keep-alive pool for the next turn; a gateway that lingers past this is cut off.
  let linger: NodeJS.Timeout | undefined;
  try {
    for await (const message of readSse(response)) {
      if (finished) continue;
      for (const event of toChatEvents(message.event, message.data)) {
        if (event.type === 'done') finished = true;
        yield event;
      }
      if (finished) linger = setTimeout(() => response.destroy(), AFTER_DONE_LINGER_MS);
    }
    if (finished) return;
  } catch (error) {
    if (finished) return;
    if (turn.signal.aborted) throw error;
    throw new AppError('gateway_error', 'The connection to the gateway broke in the middle of the answer.', { cause: error });
  } finally {
    clearTimeout(linger);
  }
  if (!turn.signal.aborted) throw new AppError('gateway_error', 'The gateway stopped in the middle of the answer.');
}
