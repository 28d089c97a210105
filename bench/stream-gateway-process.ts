/**
 * The gateway side of bench/stream, in a process of its own as a real Hermes gateway is: the fake
 * gateway (slow tokens) behind the timing tap. Started by bench/stream.ts over IPC; it answers
 * `{ port }` once listening and, on `dump`, the tap's timestamps (monotonic clock, shared by every
 * process on the machine), then exits.
 */
import { startFakeGateway } from '../tests/fake-gateway';
import { monotonicMs } from './monotonic';
import { startTap } from './tap-proxy';

const key = process.argv[2] ?? '';
const tokenDelayMs = Number(process.argv[3] ?? 8);
const gateway = await startFakeGateway({ apiKey: key });
gateway.setScenario({ kind: 'slow_tokens', delayMs: tokenDelayMs });
const tap = await startTap(gateway.port, monotonicMs);
process.send?.({ port: tap.port });
process.on('message', (message) => {
  if (message !== 'dump') return;
  process.send?.({ pieceSentAt: [...tap.pieceSentAt], requestAt: [...tap.requestAt] }, () => {
    void tap.close().then(() => gateway.close()).then(() => process.exit(0));
  });
});
