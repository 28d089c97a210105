import crypto from 'node:crypto';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { quantile } from '../stats';
import { startServer, type Backing } from './stack';

export interface ColdStart {
  /** Spawn → the server prints that it listens. */
  listenMs: number;
  /** Spawn → the first streamed piece of the agent's answer reaches the client. */
  firstAnswerMs: number;
}

/** Sends one chat turn and resolves when the first `delta` event arrives. */
async function firstDelta(base: string, cookie: string): Promise<void> {
  const response = await fetch(`${base}/api/chat/turns`, {
    method: 'POST',
    headers: { Cookie: cookie, 'Content-Type': 'application/json' },
    body: JSON.stringify({ conversationId: `pwa-${crypto.randomUUID()}`, messageId: crypto.randomUUID(), text: 'Good morning. What is on today?' }),
  });
  if (!response.ok || !response.body) throw new Error(`chat turn: HTTP ${response.status}`);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) throw new Error(`chat turn ended without a delta:\n${text}`);
      text += decoder.decode(value, { stream: true });
      if (/^event: delta$/m.test(text)) return;
    }
  } finally {
    await reader.cancel();
  }
}

/**
 * Cold starts: each run spawns a fresh server process (new data dir) and times it up to the first
 * token of an answer. `cookie` comes from an earlier login; the fixed SESSION_SECRET keeps it valid.
 */
export async function measureColdStarts(backing: Backing, cookie: string, runs: number): Promise<ColdStart[]> {
  const results: ColdStart[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const server = await startServer(backing);
    const listenMs = performance.now() - t0;
    try {
      await firstDelta(server.url, cookie);
      results.push({ listenMs, firstAnswerMs: performance.now() - t0 });
    } finally {
      await server.stop();
    }
  }
  return results;
}

export function medianColdStart(runs: readonly ColdStart[]): ColdStart {
  return { listenMs: quantile(runs.map((r) => r.listenMs), 0.5), firstAnswerMs: quantile(runs.map((r) => r.firstAnswerMs), 0.5) };
}

function rssBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(match[1]) * 1024;
}

/** Direct children of `pid` (e.g. a helper process a loader keeps), from /proc. */
function childPids(pid: number): number[] {
  const file = `/proc/${pid}/task/${pid}/children`;
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
}

/**
 * V8 keeps the young generation it grew while rendering until its memory reducer notices the
 * process is idle, some tens of seconds later; only then is the figure the idle server's.
 */
export const IDLE_WAIT_MS = 90_000;

export interface IdleMemory {
  /** Right after the page loads. */
  afterLoadsBytes: number;
  /** After IDLE_WAIT_MS without a request. */
  idleBytes: number;
  /** RSS of the server's child processes at the same moment (the terminal's shell), 0 without any. */
  childBytes: number;
}

/** The server's RSS now and after IDLE_WAIT_MS of idleness. */
export async function idleRss(pid: number): Promise<IdleMemory> {
  const afterLoadsBytes = rssBytes(pid);
  await delay(IDLE_WAIT_MS);
  const childBytes = childPids(pid).reduce((sum, child) => sum + rssBytes(child), 0);
  return { afterLoadsBytes, idleBytes: rssBytes(pid), childBytes };
}
