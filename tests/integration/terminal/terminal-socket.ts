import fs from 'node:fs';
import WebSocket from 'ws';
import { serverMessageSchema, TERMINAL_SOCKET_PATH, type ServerMessage, type TerminalSummary } from '@/lib/terminal/protocol';
import type { PaddockServer } from '../../support/paddock-server';

const WAIT_MS = 10_000;

/** Processes whose parent is `pid`, read from /proc: the shells a Paddock server has spawned. */
export function childPids(pid: number): number[] {
  const children: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited between readdir and read
    }
    // The command name may hold spaces and parentheses; the fields after its closing ")" do not.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid === pid) children.push(Number(entry));
  }
  return children;
}

export async function api(server: PaddockServer, cookie: string, path: string, init: { method?: string; json?: unknown } = {}): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers: { Cookie: cookie, Accept: 'application/json', ...(init.json !== undefined ? { 'Content-Type': 'application/json' } : {}) },
    body: init.json !== undefined ? JSON.stringify(init.json) : undefined,
  });
  return { status: response.status, body: await response.json() };
}

export async function createTerminal(server: PaddockServer, cookie: string, json: object = {}): Promise<TerminalSummary> {
  const { status, body } = await api(server, cookie, '/api/terminal/sessions', { method: 'POST', json });
  if (status !== 201) throw new Error(`create failed: ${status} ${JSON.stringify(body)}`);
  return body as TerminalSummary;
}

/** A browser-like terminal socket: same-origin, with the session cookie; records everything it receives. */
export class TerminalSocket {
  readonly messages: ServerMessage[] = [];
  private readonly chunks: Buffer[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  private readonly ws: WebSocket;

  constructor(server: PaddockServer, cookie: string, query: { id: string; since?: number }) {
    const params = new URLSearchParams({ id: query.id, since: String(query.since ?? 0) });
    this.ws = new WebSocket(`ws://127.0.0.1:${server.port}${TERMINAL_SOCKET_PATH}?${params}`, { headers: { Cookie: cookie, Origin: server.url } });
    this.ws.on('message', (data: Buffer, isBinary) => {
      if (isBinary) this.chunks.push(data);
      else this.messages.push(serverMessageSchema.parse(JSON.parse(data.toString())));
    });
    this.closed = new Promise((resolve) => this.ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    this.ws.on('error', () => undefined);
  }

  opened(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.ws.readyState === WebSocket.OPEN) return resolve();
      this.ws.once('open', () => resolve());
      this.ws.once('error', reject);
    });
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }

  /** Bytes of output received, for resuming with `since`. */
  received(): number {
    const attached = this.messages.find((m) => m.type === 'attached');
    return (attached?.type === 'attached' ? attached.offset : 0) + Buffer.concat(this.chunks).length;
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  type(data: string): void {
    this.send({ type: 'input', data });
  }

  /** Resolves with the output once `pattern` matches it; rejects after a timeout with what was seen. */
  waitFor(pattern: RegExp): Promise<string> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!pattern.test(this.text())) return;
        done();
        resolve(this.text());
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out waiting for ${pattern}; output was:\n${this.text()}`));
      }, WAIT_MS);
      const done = () => {
        clearTimeout(timer);
        this.ws.off('message', check);
      };
      // Registered after the recording listener, so the new chunk is already in text().
      this.ws.on('message', check);
      check();
    });
  }

  close(): void {
    this.ws.close();
  }
}
