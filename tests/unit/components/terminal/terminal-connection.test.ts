// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TerminalConnection, type ConnectionEvents, type ConnectionState } from '@/components/terminal/terminal-connection';
import { CLOSE_CODES, INPUT_MAX_CHARS } from '@/lib/terminal/protocol';

/** Just enough of a browser WebSocket for the connection to drive, with hooks for the test to play the server. */
class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 3;
  static all: FakeSocket[] = [];
  readyState = FakeSocket.CONNECTING;
  binaryType = 'blob';
  sent: unknown[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;

  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(data: string): void {
    this.sent.push(JSON.parse(data));
  }
  close(): void {
    this.readyState = FakeSocket.CLOSED;
  }
  serverAttaches(offset: number): void {
    this.readyState = FakeSocket.OPEN;
    this.onmessage?.({ data: JSON.stringify({ type: 'attached', offset, truncated: false, terminal: { id: 'x', name: 'T', status: 'running', attached: true, exitCode: null, cols: 80, rows: 24, createdAt: '' } }) });
  }
  serverSends(text: string): void {
    this.onmessage?.({ data: new TextEncoder().encode(text).buffer });
  }
  drop(code = 1006, reason = ''): void {
    this.readyState = FakeSocket.CLOSED;
    this.onclose?.({ code, reason });
  }
  since(): number {
    return Number(new URL(this.url).searchParams.get('since'));
  }
}

function recorder() {
  const states: ConnectionState[] = [];
  let output = '';
  const events: ConnectionEvents = {
    state: (s) => states.push(s),
    attached: () => undefined,
    output: (bytes) => (output += new TextDecoder().decode(bytes)),
    exited: () => undefined,
  };
  return { events, states, output: () => output };
}

beforeEach(() => {
  FakeSocket.all = [];
  vi.stubGlobal('WebSocket', FakeSocket);
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('TerminalConnection', () => {
  it('reconnects after a drop, asking to resume from the bytes it already showed', () => {
    const { events, states, output } = recorder();
    const connection = new TerminalConnection('AbCdEfGhIjKlMnOp', events);
    connection.start();
    const first = FakeSocket.all[0]!;
    expect(first.since()).toBe(0);
    first.serverAttaches(0);
    first.serverSends('hello ');
    first.serverSends('中文');
    first.drop();
    expect(states.at(-1)).toBe('waiting');
    vi.advanceTimersByTime(500);
    const second = FakeSocket.all[1]!;
    expect(second.since()).toBe(Buffer.byteLength('hello 中文'));
    second.serverAttaches(second.since());
    second.serverSends('!');
    expect(output()).toBe('hello 中文!');
    expect(states.at(-1)).toBe('open');
    connection.dispose();
  });

  it('sends its size again on every attach, so a reconnect restores the PTY size', () => {
    const connection = new TerminalConnection('AbCdEfGhIjKlMnOp', recorder().events);
    connection.resize(100, 30);
    connection.start();
    FakeSocket.all[0]!.serverAttaches(0);
    expect(FakeSocket.all[0]!.sent).toEqual([{ type: 'resize', cols: 100, rows: 30 }]);
    connection.dispose();
  });

  it('splits a large paste into messages the server accepts, never splitting an emoji', () => {
    const connection = new TerminalConnection('AbCdEfGhIjKlMnOp', recorder().events);
    connection.start();
    const socket = FakeSocket.all[0]!;
    socket.serverAttaches(0);
    const paste = `${'a'.repeat(INPUT_MAX_CHARS - 1)}😀${'b'.repeat(10)}`;
    expect(connection.send(paste)).toBe(true);
    const pieces = socket.sent.map((m) => (m as { data: string }).data);
    expect(pieces.every((p) => p.length <= INPUT_MAX_CHARS)).toBe(true);
    expect(pieces.join('')).toBe(paste);
    expect(pieces[1]!.startsWith('😀')).toBe(true);
    connection.dispose();
  });

  it('stops reconnecting when the terminal is gone, and refuses to send while down', () => {
    const { events, states } = recorder();
    const connection = new TerminalConnection('AbCdEfGhIjKlMnOp', events);
    connection.start();
    FakeSocket.all[0]!.drop(CLOSE_CODES.closed, 'The terminal was closed.');
    expect(states.at(-1)).toBe('gone');
    vi.advanceTimersByTime(60_000);
    connection.reconnectNow();
    expect(FakeSocket.all).toHaveLength(1);
    expect(connection.send('ls\r')).toBe(false);
    connection.dispose();
  });

  it('dispose is idempotent and cancels a pending reconnect', () => {
    const connection = new TerminalConnection('AbCdEfGhIjKlMnOp', recorder().events);
    connection.start();
    FakeSocket.all[0]!.drop();
    connection.dispose();
    connection.dispose();
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.all).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });
});
