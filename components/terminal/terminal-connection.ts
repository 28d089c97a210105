import { CLOSE_CODES, INPUT_MAX_CHARS, serverMessageSchema, TERMINAL_SOCKET_PATH, type ServerMessage } from '@/lib/terminal/protocol';
import { reconnectDelayMs } from './backoff';

export type ConnectionState = 'connecting' | 'open' | 'waiting' | 'gone';

type Attached = Extract<ServerMessage, { type: 'attached' }>;
type Exited = Extract<ServerMessage, { type: 'exit' }>;

export interface ConnectionEvents {
  state(state: ConnectionState, reason?: string): void;
  attached(message: Attached): void;
  output(bytes: Uint8Array): void;
  exited(message: Exited): void;
}

/** Close codes after which reconnecting cannot help: the terminal no longer exists. */
const FINAL_CODES = new Set<number>([CLOSE_CODES.closed, CLOSE_CODES.notFound, CLOSE_CODES.badRequest]);

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function socketUrl(id: string, since: number): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  const query = new URLSearchParams({ id, since: String(since) });
  return `${scheme}://${window.location.host}${TERMINAL_SOCKET_PATH}?${query}`;
}

/**
 * The socket to one terminal, reconnecting with backoff whenever it drops. It counts the output
 * bytes it has passed on, and each reconnect asks the server to resume from there, so output sent
 * while the phone slept is replayed once and nothing is shown twice.
 */
export class TerminalConnection {
  private socket: WebSocket | undefined;
  private offset = 0;
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private size: { cols: number; rows: number } | undefined;
  private disposed = false;
  private gone = false;

  constructor(
    private readonly id: string,
    private readonly events: ConnectionEvents,
  ) {}

  start(): void {
    window.addEventListener('online', this.reconnectNow);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.connect();
  }

  get isOpen(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  /** Sends keystrokes or a paste, split to fit the server's message limit. False when not connected. */
  send(data: string): boolean {
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) return false;
    let start = 0;
    while (start < data.length) {
      let end = Math.min(data.length, start + INPUT_MAX_CHARS);
      // Never split a surrogate pair (an emoji, a rare CJK character) across two messages.
      if (end < data.length && isHighSurrogate(data.charCodeAt(end - 1))) end -= 1;
      socket.send(JSON.stringify({ type: 'input', data: data.slice(start, end) }));
      start = end;
    }
    return true;
  }

  resize(cols: number, rows: number): void {
    this.size = { cols, rows };
    if (this.isOpen) this.socket?.send(JSON.stringify({ type: 'resize', cols, rows }));
  }

  /** Reconnects at once if the socket is down (page shown again, network back). */
  readonly reconnectNow = (): void => {
    if (this.disposed || this.gone || this.socket) return;
    clearTimeout(this.retryTimer);
    this.attempt = 0;
    this.connect();
  };

  /** Closes the socket for good; the terminal itself keeps running. Idempotent. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.retryTimer);
    window.removeEventListener('online', this.reconnectNow);
    document.removeEventListener('visibilitychange', this.onVisibility);
    const socket = this.socket;
    this.socket = undefined;
    socket?.close(1000, 'Closed by the page.');
  }

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'visible') this.reconnectNow();
  };

  private connect(): void {
    this.events.state('connecting');
    const socket = new WebSocket(socketUrl(this.id, this.offset));
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    socket.onmessage = (event: MessageEvent<ArrayBuffer | string>) => this.onMessage(event.data);
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      if (this.disposed) return;
      if (FINAL_CODES.has(event.code)) {
        this.gone = true;
        this.events.state('gone', event.reason);
        return;
      }
      this.events.state('waiting');
      this.retryTimer = setTimeout(() => this.connect(), reconnectDelayMs(this.attempt));
      this.attempt += 1;
    };
  }

  private onMessage(data: ArrayBuffer | string): void {
    if (typeof data !== 'string') {
      this.offset += data.byteLength;
      this.events.output(new Uint8Array(data));
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      return;
    }
    const parsed = serverMessageSchema.safeParse(json);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.type === 'attached') {
      this.offset = message.offset;
      this.attempt = 0;
      if (this.size) this.socket?.send(JSON.stringify({ type: 'resize', ...this.size }));
      this.events.attached(message);
      this.events.state('open');
    } else {
      this.events.exited(message);
    }
  }
}
