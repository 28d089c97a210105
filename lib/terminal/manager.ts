import crypto from 'node:crypto';
import { CLOSE_CODES, type CreateTerminal, type TerminalSummary } from './protocol';
import type { PtyProcess, SpawnPty } from './pty-process';
import { TerminalSession, type Attachment, type TerminalClient } from './terminal-session';

export const DEFAULT_COLS = 80;
export const DEFAULT_ROWS = 24;
const ID_BYTES = 12;

/**
 * A refusal the caller shows to the user. The manager returns these instead of throwing AppError:
 * it lives in the server process while route handlers run from Next's bundle, which has its own
 * copy of every class, so `instanceof` would not recognise an error thrown across that line.
 */
export interface TerminalProblem {
  problem: 'not_found' | 'too_many' | 'unavailable';
  message: string;
}

export type TerminalOutcome<T> = { ok: true; value: T } | ({ ok: false } & TerminalProblem);

export interface TerminalManagerOptions {
  spawn: SpawnPty;
  idleMs: number;
  /** Terminals open at once (running or exited but not yet closed). */
  maxOpen: number;
  newId?: () => string;
}

function randomId(): string {
  return crypto.randomBytes(ID_BYTES).toString('base64url');
}

const notFound = { ok: false, problem: 'not_found', message: 'That terminal is gone: it was closed or ended after being idle.' } as const;

/** Owns every terminal of this Paddock process: create, list, rename, close, attach, dispose. */
export class TerminalManager {
  private readonly sessions = new Map<string, TerminalSession>();
  private disposed = false;

  constructor(private readonly options: TerminalManagerOptions) {}

  get maxOpen(): number {
    return this.options.maxOpen;
  }

  list(): TerminalSummary[] {
    return [...this.sessions.values()].map((s) => s.summary());
  }

  create(input: CreateTerminal = {}): TerminalOutcome<TerminalSummary> {
    if (this.disposed) return { ok: false, problem: 'unavailable', message: 'Paddock is shutting down.' };
    const { maxOpen } = this.options;
    if (this.sessions.size >= maxOpen) {
      return {
        ok: false,
        problem: 'too_many',
        message: `${maxOpen} terminals are open, the most Paddock allows at once. Close one to open another (or raise TERMINAL_MAX_OPEN).`,
      };
    }
    const cols = input.cols ?? DEFAULT_COLS;
    const rows = input.rows ?? DEFAULT_ROWS;
    const spawned = this.spawn(cols, rows);
    if (!spawned.ok) return spawned;
    const pty = spawned.value;
    const id = (this.options.newId ?? randomId)();
    const session = new TerminalSession({
      id,
      name: input.name ?? this.nextName(),
      pty,
      cols,
      rows,
      idleMs: this.options.idleMs,
      typeIn: input.typeIn,
      onEnd: (ended) => this.sessions.delete(ended),
    });
    this.sessions.set(id, session);
    return { ok: true, value: session.summary() };
  }

  rename(id: string, name: string): TerminalOutcome<TerminalSummary> {
    const session = this.sessions.get(id);
    if (!session) return notFound;
    session.rename(name);
    return { ok: true, value: session.summary() };
  }

  close(id: string): TerminalOutcome<null> {
    const session = this.sessions.get(id);
    if (!session) return notFound;
    session.end(CLOSE_CODES.closed, 'The terminal was closed.');
    return { ok: true, value: null };
  }

  /** Ends every terminal (logout). Returns how many there were. */
  closeAll(reason = 'All terminals were closed.'): number {
    const all = [...this.sessions.values()];
    for (const session of all) session.end(CLOSE_CODES.closed, reason);
    return all.length;
  }

  /** Attaches a socket to a terminal, replaying output from `since`; undefined when there is no such terminal. */
  attach(id: string, client: TerminalClient, since: number): Attachment | undefined {
    return this.sessions.get(id)?.attach(client, since);
  }

  /** Ends every terminal and refuses new ones. Idempotent. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const session of [...this.sessions.values()]) session.end(CLOSE_CODES.shutdown, 'Paddock is shutting down.');
  }

  private spawn(cols: number, rows: number): TerminalOutcome<PtyProcess> {
    try {
      return { ok: true, value: this.options.spawn({ cols, rows }) };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, problem: 'unavailable', message: `The shell could not start. ${reason}` };
    }
  }

  private nextName(): string {
    const taken = new Set(this.list().map((s) => s.name));
    let n = 1;
    while (taken.has(`Terminal ${n}`)) n += 1;
    return `Terminal ${n}`;
  }
}
