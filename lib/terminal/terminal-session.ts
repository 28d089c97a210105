import { CLOSE_CODES, type ServerMessage, type TerminalSummary } from './protocol';
import type { PtyProcess } from './pty-process';
import { RingBuffer } from './ring-buffer';

/** Output kept for replay while no socket is attached (and for a reload's first paint). */
export const RING_BUFFER_BYTES = 1024 * 1024;
/** Output waits this long so a burst leaves as one frame instead of hundreds. */
export const OUTPUT_BATCH_MS = 8;
/** A batch this big leaves at once, without waiting for the timer. */
export const OUTPUT_BATCH_MAX_BYTES = 64 * 1024;

/** One attached socket, as the session sees it. */
export interface TerminalClient {
  output(data: Buffer): void;
  message(message: ServerMessage): void;
  /** The terminal ended for good; close the socket with this code. */
  close(code: number, reason: string): void;
}

/** What an attached socket may do. `detach` is idempotent and leaves the shell running. */
export interface Attachment {
  write(data: string): void;
  resize(cols: number, rows: number): void;
  detach(): void;
}

export interface TerminalSessionOptions {
  id: string;
  name: string;
  pty: PtyProcess;
  cols: number;
  rows: number;
  /** How long the session lives with no socket attached. */
  idleMs: number;
  /** Typed into the shell once it has started, without a newline. */
  typeIn?: string;
  /** Called once, when the session has ended for any reason. */
  onEnd(id: string): void;
}

/**
 * One shell and its output history. States: running or exited (the shell's own life) × attached or
 * detached (whether any socket watches). Detaching never ends the shell; `idleMs` without any socket
 * does, and so does `end()`.
 */
export class TerminalSession {
  readonly id: string;
  private name: string;
  private cols: number;
  private rows: number;
  private readonly createdAt = new Date().toISOString();
  private exit: { exitCode: number; signal: number | null } | undefined;
  private ended = false;
  private readonly ring = new RingBuffer(RING_BUFFER_BYTES);
  private readonly clients = new Set<TerminalClient>();
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private batchTimer: NodeJS.Timeout | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private flushNextOutput = false;
  private typeIn: string | undefined;

  constructor(private readonly options: TerminalSessionOptions) {
    this.id = options.id;
    this.name = options.name;
    this.cols = options.cols;
    this.rows = options.rows;
    this.typeIn = options.typeIn;
    options.pty.onData((text) => this.onOutput(text));
    options.pty.onExit((exit) => this.onExit(exit));
    this.armIdle();
  }

  get running(): boolean {
    return !this.exit && !this.ended;
  }

  summary(): TerminalSummary {
    return {
      id: this.id,
      name: this.name,
      status: this.exit ? 'exited' : 'running',
      attached: this.clients.size > 0,
      exitCode: this.exit?.exitCode ?? null,
      cols: this.cols,
      rows: this.rows,
      createdAt: this.createdAt,
    };
  }

  rename(name: string): void {
    this.name = name;
  }

  /** Attaches a socket: it first gets the output from `since` on (or the oldest still held), then live output. */
  attach(client: TerminalClient, since: number): Attachment {
    this.flush();
    this.clients.add(client);
    this.disarmIdle();
    const replay = this.ring.readFrom(since);
    client.message({ type: 'attached', terminal: this.summary(), offset: replay.start, truncated: replay.truncated });
    if (replay.data.length > 0) client.output(replay.data);
    if (this.exit) client.message({ type: 'exit', ...this.exit });
    let attached = true;
    return {
      write: (data) => attached && this.write(data),
      resize: (cols, rows) => attached && this.resize(cols, rows),
      detach: () => {
        if (!attached) return;
        attached = false;
        this.clients.delete(client);
        if (this.clients.size === 0 && !this.ended) this.armIdle();
      },
    };
  }

  /** Ends the session: kills the shell, closes every socket, forgets the output. Idempotent. */
  end(code: number = CLOSE_CODES.closed, reason = 'The terminal was closed.'): void {
    if (this.ended) return;
    this.flush();
    this.ended = true;
    this.disarmIdle();
    this.options.pty.kill();
    for (const client of this.clients) client.close(code, reason);
    this.clients.clear();
    this.options.onEnd(this.id);
  }

  private write(data: string): void {
    if (!this.running) return;
    // Output already waiting goes first, and the echo of this input goes out without the batch delay.
    this.flush();
    this.flushNextOutput = true;
    this.options.pty.write(data);
  }

  private resize(cols: number, rows: number): void {
    if (!this.running || (cols === this.cols && rows === this.rows)) return;
    this.cols = cols;
    this.rows = rows;
    this.options.pty.resize(cols, rows);
  }

  private onOutput(text: string): void {
    if (this.ended) return;
    const bytes = Buffer.from(text, 'utf8');
    this.ring.write(bytes);
    if (this.typeIn !== undefined) {
      // The shell has started talking, so its line editor will pick the text up as typeahead.
      const command = this.typeIn;
      this.typeIn = undefined;
      this.options.pty.write(command);
    }
    if (this.clients.size === 0) return;
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.flushNextOutput || this.pendingBytes >= OUTPUT_BATCH_MAX_BYTES) {
      this.flushNextOutput = false;
      this.flush();
    } else {
      this.batchTimer ??= setTimeout(() => this.flush(), OUTPUT_BATCH_MS);
    }
  }

  private onExit(exit: { exitCode: number; signal: number | null }): void {
    if (this.ended || this.exit) return;
    this.flush();
    this.exit = exit;
    for (const client of this.clients) client.message({ type: 'exit', ...exit });
  }

  private flush(): void {
    clearTimeout(this.batchTimer);
    this.batchTimer = undefined;
    if (this.pendingBytes === 0) return;
    const batch = this.pending.length === 1 ? (this.pending[0] as Buffer) : Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    for (const client of this.clients) client.output(batch);
  }

  private armIdle(): void {
    this.disarmIdle();
    this.idleTimer = setTimeout(() => this.end(CLOSE_CODES.closed, 'The terminal ended after being left idle.'), this.options.idleMs);
    this.idleTimer.unref?.();
  }

  private disarmIdle(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }
}
