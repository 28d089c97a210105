/**
 * bench/stream: what Paddock adds to a streamed answer, against the gateway itself, in one run.
 * Both paths go through the same TCP tap in front of the fake gateway, which timestamps each
 * content piece as the gateway emits it; the client timestamps it on arrival. The gateway and its
 * tap run in a process of their own, as a real gateway does, so the direct path crosses a process
 * boundary too; every timestamp is on the machine's monotonic clock. Runs alternate (direct,
 * Paddock, direct, …), single and 20 concurrent streams. Prints figures; asserts nothing.
 *
 *   npx tsx bench/stream.ts            (needs `npm run build` first)
 */
import { fork, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { login, startPaddock } from '../tests/support/paddock-server';
import { monotonicMs } from './monotonic';
import { fmt, quantile } from './stats';

const KEY = 'bench-key';
const WORDS = 120;
const TOKEN_DELAY_MS = 8;
const SINGLE_ROUNDS = 16;
/**
 * Every single-stream run starts with all processes idle. Without the pause the gateway process is
 * still warm from the previous run when a direct request arrives, while Paddock has sat idle
 * through it: waking an idle process costs a millisecond or more on a small VM, and that would be
 * charged to Paddock alone.
 */
const SETTLE_MS = 250;
const CONCURRENT_ROUNDS = 3;
const CONCURRENCY = 20;

interface TurnTiming {
  startedAt: number;
  sessionId: string;
  received: Map<string, number>;
  bytes: number;
}

const GATEWAY_PIECE = /"content": "((?:[^"\\]|\\.)*)"/g;
const PADDOCK_PIECE = /^event: delta\ndata: \{"text":"((?:[^"\\]|\\.)*)"\}/gm;

async function readTimed(response: Response, pattern: RegExp, timing: TurnTiming): Promise<void> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let pending = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    const now = monotonicMs();
    timing.bytes += value.byteLength;
    pending += decoder.decode(value, { stream: true });
    const cut = pending.lastIndexOf('\n\n');
    if (cut < 0) continue;
    for (const m of pending.slice(0, cut + 1).matchAll(pattern)) timing.received.set(JSON.parse(`"${m[1]}"`) as string, now);
    pending = pending.slice(cut + 2);
  }
}

function words(tag: string): string {
  return Array.from({ length: WORDS }, (_, i) => `${tag}w${i}`).join(' ');
}

async function direct(tapUrl: string): Promise<TurnTiming> {
  const sessionId = `bench-${crypto.randomUUID()}`;
  const timing: TurnTiming = { startedAt: monotonicMs(), sessionId, received: new Map(), bytes: 0 };
  const response = await fetch(`${tapUrl}/v1/chat/completions`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json', 'X-Hermes-Session-Id': sessionId },
    body: JSON.stringify({ model: 'hermes-agent', stream: true, messages: [{ role: 'user', content: words(sessionId.slice(6, 14)) }] }),
  });
  await readTimed(response, GATEWAY_PIECE, timing);
  return timing;
}

async function viaPaddock(url: string, cookie: string): Promise<TurnTiming> {
  const sessionId = `pwa-${crypto.randomUUID()}`;
  const timing: TurnTiming = { startedAt: monotonicMs(), sessionId, received: new Map(), bytes: 0 };
  const response = await fetch(`${url}/api/chat/turns`, {
    method: 'POST',
    headers: { Cookie: cookie, 'Content-Type': 'application/json' },
    body: JSON.stringify({ conversationId: sessionId, messageId: crypto.randomUUID(), text: words(sessionId.slice(4, 12)) }),
  });
  await readTimed(response, PADDOCK_PIECE, timing);
  return timing;
}

interface Sample {
  perToken: number[];
  beforeGateway: number[];
  firstToken: number[];
  bytes: number[];
}

function record(sample: Sample, timing: TurnTiming, sentAt: Map<string, number>, requestAt: Map<string, number>): void {
  const reached = requestAt.get(timing.sessionId);
  if (reached !== undefined) sample.beforeGateway.push(reached - timing.startedAt);
  let first = Number.POSITIVE_INFINITY;
  for (const [piece, at] of timing.received) {
    const sent = sentAt.get(piece);
    if (sent === undefined || !/w\d+/.test(piece)) continue;
    sample.perToken.push(at - sent);
    first = Math.min(first, at);
  }
  if (Number.isFinite(first)) sample.firstToken.push(first - timing.startedAt);
  sample.bytes.push(timing.bytes);
}

function emptySample(): Sample {
  return { perToken: [], beforeGateway: [], firstToken: [], bytes: [] };
}

function report(label: string, base: Sample, paddock: Sample): void {
  const med = (v: number[]) => quantile(v, 0.5);
  const p95 = (v: number[]) => quantile(v, 0.95);
  console.log(`\n## ${label}`);
  console.log(`tokens timed: direct ${base.perToken.length}, Paddock ${paddock.perToken.length}`);
  console.log(`per-token delay after the gateway emits: direct median ${fmt(med(base.perToken))} p95 ${fmt(p95(base.perToken))}; Paddock median ${fmt(med(paddock.perToken))} p95 ${fmt(p95(paddock.perToken))}, max ${fmt(Math.max(...paddock.perToken))}`);
  console.log(`added by Paddock per token: median ${fmt(med(paddock.perToken) - med(base.perToken))}, p95 ${fmt(p95(paddock.perToken) - p95(base.perToken))}`);
  console.log(`request start → gateway sees it: direct ${fmt(med(base.beforeGateway))}, Paddock ${fmt(med(paddock.beforeGateway))} (added ${fmt(med(paddock.beforeGateway) - med(base.beforeGateway))})`);
  console.log(`time to first token: direct ${fmt(med(base.firstToken))}, Paddock ${fmt(med(paddock.firstToken))}`);
  const ratio = med(paddock.bytes) / med(base.bytes);
  console.log(`bytes per answer: gateway ${med(base.bytes)}, Paddock ${med(paddock.bytes)} (ratio ${ratio.toFixed(2)}×)`);
}

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
}

interface GatewayProcess {
  port: number;
  child: ChildProcess;
}

async function startGatewayProcess(): Promise<GatewayProcess> {
  const child = fork(path.join(import.meta.dirname, 'stream-gateway-process.ts'), [KEY, String(TOKEN_DELAY_MS)], { execArgv: ['--import', 'tsx'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`the gateway process exited with ${code}`)));
  });
  return { port, child };
}

/** A second tap, in front of Paddock, so Paddock's own time from request in to gateway call out shows. */
function tapInFrontOf(gateway: GatewayProcess, port: number): Promise<number> {
  return new Promise((resolve) => {
    gateway.child.once('message', (m) => resolve((m as { frontPort: number }).frontPort));
    gateway.child.send({ front: port });
  });
}

interface TapTimings {
  pieceSentAt: Map<string, number>;
  requestAt: Map<string, number>;
  frontRequestAt: Map<string, number>;
}

/** The taps' timestamps so far; the gateway process exits after sending them. */
function collectTimings(gateway: GatewayProcess): Promise<TapTimings> {
  return new Promise((resolve) => {
    gateway.child.once('message', (m) => {
      const dump = m as Record<keyof TapTimings, [string, number][]>;
      resolve({ pieceSentAt: new Map(dump.pieceSentAt), requestAt: new Map(dump.requestAt), frontRequestAt: new Map(dump.frontRequestAt) });
    });
    gateway.child.send('dump');
  });
}

const gateway = await startGatewayProcess();
const tapUrl = `http://127.0.0.1:${gateway.port}`;
const server = await startPaddock({ HERMES_API_URL: tapUrl, HERMES_API_KEY: KEY });
const singleRuns: { direct: TurnTiming[]; paddock: TurnTiming[] } = { direct: [], paddock: [] };
const concurrentRuns: { direct: TurnTiming[]; paddock: TurnTiming[] } = { direct: [], paddock: [] };
const handledIds: string[] = [];
try {
  const cookie = await login(server);
  await viaPaddock(server.url, cookie);
  await direct(tapUrl);
  for (let round = 0; round < SINGLE_ROUNDS; round++) {
    await settle();
    singleRuns.direct.push(await direct(tapUrl));
    await settle();
    singleRuns.paddock.push(await viaPaddock(server.url, cookie));
  }
  for (let round = 0; round < CONCURRENT_ROUNDS; round++) {
    concurrentRuns.direct.push(...(await Promise.all(Array.from({ length: CONCURRENCY }, () => direct(tapUrl)))));
    concurrentRuns.paddock.push(...(await Promise.all(Array.from({ length: CONCURRENCY }, () => viaPaddock(server.url, cookie)))));
  }
  // Separately, so the front tap's extra hop never enters the figures above.
  const frontUrl = `http://127.0.0.1:${await tapInFrontOf(gateway, server.port)}`;
  for (let round = 0; round < SINGLE_ROUNDS; round++) {
    await settle();
    handledIds.push((await viaPaddock(frontUrl, cookie)).sessionId);
  }
} finally {
  await server.stop();
}
const { pieceSentAt, requestAt, frontRequestAt } = await collectTimings(gateway);

console.log(`# bench/stream: ${WORDS} tokens per answer, ${TOKEN_DELAY_MS} ms apart, fake gateway behind a timing tap in its own process`);
console.log(`# machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
for (const [label, runs] of [[`single stream (${SINGLE_ROUNDS} alternating rounds)`, singleRuns], [`${CONCURRENCY} concurrent streams (${CONCURRENT_ROUNDS} alternating rounds)`, concurrentRuns]] as const) {
  const base = emptySample();
  const paddock = emptySample();
  for (const t of runs.direct) record(base, t, pieceSentAt, requestAt);
  for (const t of runs.paddock) record(paddock, t, pieceSentAt, requestAt);
  report(label, base, paddock);
}

const handling = handledIds.flatMap((id) => {
  const inAt = frontRequestAt.get(id);
  const outAt = requestAt.get(id);
  return inAt === undefined || outAt === undefined ? [] : [outAt - inAt];
});
console.log(`\n## Paddock alone: request in → gateway call out (a tap on each side, ${handling.length} single turns)`);
console.log(`median ${fmt(quantile(handling, 0.5))}, p95 ${fmt(quantile(handling, 0.95))} (includes one loopback hop each side)`);
