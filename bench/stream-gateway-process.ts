/**
 * The gateway side of bench/stream, in a process of its own as a real Hermes gateway is: the fake
 * gateway (slow tokens) behind the timing tap. Started by bench/stream.ts over IPC; it answers
 * `{ port }` once listening; on `{ front: port }` it puts another tap in front of the server at that
 * port (Paddock, or the bare proxy) and answers `{ frontPort }`; on `dump` it sends the taps'
 * timestamps (monotonic clock, shared by every process on the machine), then exits.
 */
import { startFakeGateway } from '../tests/fake-gateway';
import { monotonicMs } from './monotonic';
import { startTap, type Tap } from './tap-proxy';

const key = process.argv[2] ?? '';
const tokenDelayMs = Number(process.argv[3] ?? 8);
const gateway = await startFakeGateway({ apiKey: key });
gateway.setScenario({ kind: 'slow_tokens', delayMs: tokenDelayMs });
const tap = await startTap(gateway.port, monotonicMs);
const CONVERSATION_ID = /"conversationId":"([^"]+)"/g;
const fronts: Tap[] = [];
process.send?.({ port: tap.port });
process.on('message', (message) => {
  if (typeof message === 'object' && message !== null && 'front' in message) {
    void startTap(Number(message.front), monotonicMs, CONVERSATION_ID).then((started) => {
      fronts.push(started);
      process.send?.({ frontPort: started.port });
    });
    return;
  }
  if (message !== 'dump') return;
  const dump = { pieceSentAt: [...tap.pieceSentAt], requestAt: [...tap.requestAt], frontRequestAt: fronts.flatMap((front) => [...front.requestAt]) };
  process.send?.(dump, () => {
    void Promise.all([tap.close(), ...fronts.map((front) => front.close())]).then(() => gateway.close()).then(() => process.exit(0));
  });
});
