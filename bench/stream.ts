/**
 * bench/stream: what Paddock adds to a streamed answer, against the gateway itself, in one run.
 * Every path goes through the same TCP tap in front of the fake gateway, which timestamps each
 * content piece as the gateway emits it; the client timestamps it on arrival. The gateway and its
 * tap run in a process of their own, as a real gateway does, so the direct path crosses a process
 * boundary too; every timestamp is on the machine's monotonic clock. Runs alternate (direct,
 * Paddock, bare proxy, direct, …), single and 20 concurrent streams. The bare proxy
 * (bare-proxy-process.ts) is the floor: a process that only parses the turn and calls the gateway,
 * so what Paddock adds beyond it is Paddock's own work. Prints figures; asserts nothing.
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
const SINGLE_ROUNDS = 30;
/**
 * Every single-stream run starts with all processes idle. Without the pause the gateway process is
 * still warm from the previous run when a direct request arrives, while Paddock has sat idle
 * through it: waking an idle process costs a millisecond or more on a small VM, and that would be
 * charged to Paddock alone.
 */
const SETTLE_MS = 250;
const CONCURRENT_ROUNDS = 3;
/**
 * Turns through every path before anything is timed, so each process's code for a turn is
 * compiled and the figures are its steady state; the first turn after start-up is cold start,
 * which bench/budgets measures.
 */
const WARM_UP_TURNS = 30;
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

async function viaServer(url: string, cookie: string, pattern: RegExp): Promise<TurnTiming> {
  const sessionId = `pwa-${crypto.randomUUID()}`;
  const timing: TurnTiming = { startedAt: monotonicMs(), sessionId, received: new Map(), bytes: 0 };
  const response = await fetch(`${url}/api/chat/turns`, {
    method: 'POST',
    headers: { Cookie: cookie, 'Content-Type': 'application/json' },
    body: JSON.stringify({ conversationId: sessionId, messageId: crypto.randomUUID(), text: words(sessionId.slice(4, 12)) }),
  });
  await readTimed(response, pattern, timing);
  return timing;
}

const viaPaddock = (url: string, cookie: string) => viaServer(url, cookie, PADDOCK_PIECE);
/** The bare proxy relays the gateway's own bytes. */
const viaBare = (url: string) => viaServer(url, '', GATEWAY_PIECE);

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

function report(label: string, base: Sample, paths: readonly (readonly [string, Sample])[]): void {
  const med = (v: number[]) => quantile(v, 0.5);
  const p95 = (v: number[]) => quantile(v, 0.95);
  console.log(`\n## ${label}`);
  console.log(`direct to the gateway: per-token delay median ${fmt(med(base.perToken))} p95 ${fmt(p95(base.perToken))}; request start → gateway sees it ${fmt(med(base.beforeGateway))}; first token ${fmt(med(base.firstToken))} (${base.perToken.length} tokens)`);
  for (const [name, sample] of paths) {
    console.log(`${name}: per-token delay median ${fmt(med(sample.perToken))} p95 ${fmt(p95(sample.perToken))}, max ${fmt(Math.max(...sample.perToken))}; first token ${fmt(med(sample.firstToken))} (${sample.perToken.length} tokens)`);
    console.log(`  added per token: median ${fmt(med(sample.perToken) - med(base.perToken))}, p95 ${fmt(p95(sample.perToken) - p95(base.perToken))}`);
    console.log(`  added before the gateway sees the request: median ${fmt(med(sample.beforeGateway) - med(base.beforeGateway))}`);
    const ratio = med(sample.bytes) / med(base.bytes);
    console.log(`  bytes per answer: gateway ${med(base.bytes)}, ${name} ${med(sample.bytes)} (ratio ${ratio.toFixed(2)}×)`);
  }
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

async function startBareProxy(gatewayPort: number): Promise<{ port: number; child: ChildProcess }> {
  const child = fork(path.join(import.meta.dirname, 'bare-proxy-process.ts'), [String(gatewayPort), KEY], { execArgv: ['--import', 'tsx'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`the bare proxy exited with ${code}`)));
  });
  return { port, child };
}

interface Runs {
  direct: TurnTiming[];
  paddock: TurnTiming[];
  bare: TurnTiming[];
}

const gateway = await startGatewayProcess();
const tapUrl = `http://127.0.0.1:${gateway.port}`;
const server = await startPaddock({ HERMES_API_URL: tapUrl, HERMES_API_KEY: KEY });
const bare = await startBareProxy(gateway.port);
const bareUrl = `http://127.0.0.1:${bare.port}`;
const singleRuns: Runs = { direct: [], paddock: [], bare: [] };
const concurrentRuns: Runs = { direct: [], paddock: [], bare: [] };
const handledIds = { paddock: [] as string[], bare: [] as string[] };
const many = (turn: () => Promise<TurnTiming>) => Promise.all(Array.from({ length: CONCURRENCY }, turn));
try {
  const cookie = await login(server);
  for (let done = 0; done < WARM_UP_TURNS; done += CONCURRENCY / 2) {
    await Promise.all(Array.from({ length: CONCURRENCY / 2 }, () => Promise.all([viaPaddock(server.url, cookie), viaBare(bareUrl), direct(tapUrl)])));
  }
  for (let round = 0; round < SINGLE_ROUNDS; round++) {
    await settle();
    singleRuns.direct.push(await direct(tapUrl));
    await settle();
    singleRuns.paddock.push(await viaPaddock(server.url, cookie));
    await settle();
    singleRuns.bare.push(await viaBare(bareUrl));
  }
  for (let round = 0; round < CONCURRENT_ROUNDS; round++) {
    concurrentRuns.direct.push(...(await many(() => direct(tapUrl))));
    concurrentRuns.paddock.push(...(await many(() => viaPaddock(server.url, cookie))));
    concurrentRuns.bare.push(...(await many(() => viaBare(bareUrl))));
  }
  // Separately, so the front taps' extra hop never enters the figures above.
  const frontPaddock = `http://127.0.0.1:${await tapInFrontOf(gateway, server.port)}`;
  const frontBare = `http://127.0.0.1:${await tapInFrontOf(gateway, bare.port)}`;
  for (let round = 0; round < SINGLE_ROUNDS; round++) {
    await settle();
    handledIds.paddock.push((await viaPaddock(frontPaddock, cookie)).sessionId);
    await settle();
    handledIds.bare.push((await viaBare(frontBare)).sessionId);
  }
} finally {
  await server.stop();
  bare.child.send('stop');
}
const { pieceSentAt, requestAt, frontRequestAt } = await collectTimings(gateway);

console.log(`# bench/stream: ${WORDS} tokens per answer, ${TOKEN_DELAY_MS} ms apart, fake gateway behind a timing tap in its own process`);
console.log(`# machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
for (const [label, runs] of [[`single stream (${SINGLE_ROUNDS} alternating rounds)`, singleRuns], [`${CONCURRENCY} concurrent streams (${CONCURRENT_ROUNDS} alternating rounds)`, concurrentRuns]] as const) {
  const samples = { direct: emptySample(), paddock: emptySample(), bare: emptySample() };
  for (const name of ['direct', 'paddock', 'bare'] as const) for (const t of runs[name]) record(samples[name], t, pieceSentAt, requestAt);
  report(label, samples.direct, [['Paddock', samples.paddock], ['bare proxy', samples.bare]]);
}

function handling(ids: readonly string[]): number[] {
  return ids.flatMap((id) => {
    const inAt = frontRequestAt.get(id);
    const outAt = requestAt.get(id);
    return inAt === undefined || outAt === undefined ? [] : [outAt - inAt];
  });
}
const paddockAlone = handling(handledIds.paddock);
const bareAlone = handling(handledIds.bare);
console.log(`\n## Request in → gateway call out (a tap on each side, ${SINGLE_ROUNDS} single turns each; includes one loopback hop each side)`);
console.log(`Paddock: median ${fmt(quantile(paddockAlone, 0.5))}, p95 ${fmt(quantile(paddockAlone, 0.95))}`);
console.log(`bare proxy: median ${fmt(quantile(bareAlone, 0.5))}, p95 ${fmt(quantile(bareAlone, 0.95))}`);
console.log(`Paddock's own work (auth, validation, the idempotency claim, building the gateway request): median ${fmt(quantile(paddockAlone, 0.5) - quantile(bareAlone, 0.5))}`);
