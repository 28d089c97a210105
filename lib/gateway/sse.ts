import { createParser, type EventSourceMessage } from 'eventsource-parser';

/**
 * Yields SSE messages from a byte stream as each one completes: no buffering beyond the current
 * event. Comments (keepalives) are skipped. Cancels the reader when the consumer stops early.
 */
export async function* readSse(body: ReadableStream<Uint8Array>): AsyncGenerator<EventSourceMessage> {
  const queue: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (message) => queue.push(message) });
  const decoder = new TextDecoder();
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      parser.feed(decoder.decode(value, { stream: true }));
      while (queue.length) yield queue.shift() as EventSourceMessage;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
