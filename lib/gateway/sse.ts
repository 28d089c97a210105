import { createParser, type EventSourceMessage } from 'eventsource-parser';

/**
 * Yields SSE messages from a byte stream (a Node response or a web stream) as each one completes:
 * no buffering beyond the current event. Comments (keepalives) are skipped. Leaving the loop early
 * ends the iteration, which destroys a Node stream and cancels a web one.
 */
export async function* readSse(body: AsyncIterable<Uint8Array>): AsyncGenerator<EventSourceMessage> {
  const queue: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (message) => queue.push(message) });
  const decoder = new TextDecoder();
  for await (const chunk of body) {
    parser.feed(decoder.decode(chunk, { stream: true }));
    while (queue.length) yield queue.shift() as EventSourceMessage;
  }
}
