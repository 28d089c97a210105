import { createParser } from 'eventsource-parser';
import type { TurnEvent } from '@/lib/chat/turn-events';
import { TURN_EVENT_TYPES } from '@/lib/chat/turn-events';

type TurnEventType = TurnEvent['type'];

function isTurnEventType(value: string | undefined): value is TurnEventType {
  return (TURN_EVENT_TYPES as readonly string[]).includes(value ?? '');
}

/** Reads Paddock's turn SSE from a fetch body, calling `onEvent` for each event the moment it completes. */
export async function readTurnStream(body: ReadableStream<Uint8Array>, onEvent: (event: TurnEvent) => void): Promise<void> {
  const parser = createParser({
    onEvent(message) {
      if (!isTurnEventType(message.event)) return;
      const data: unknown = JSON.parse(message.data);
      if (data && typeof data === 'object') onEvent({ type: message.event, ...data } as TurnEvent);
    },
  });
  const reader = body.getReader();
  const decoder = new TextDecoder();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    parser.feed(decoder.decode(value, { stream: true }));
  }
}
