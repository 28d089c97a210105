import type { TerminalManager } from './manager';

/**
 * The one TerminalManager of this process, shared through globalThis. The custom server (run by tsx)
 * creates it; route handlers and pages run from Next's bundle, which has its own copy of every
 * module, so a module-level variable would give them a second, empty manager. A registered symbol
 * is the same key in both copies.
 */
const SLOT = Symbol.for('paddock.terminal.manager');

type Slot = { [SLOT]?: TerminalManager };

const slot = globalThis as typeof globalThis & Slot;

/** Makes `manager` the process's terminal manager; the returned function unregisters it (idempotent). */
export function registerTerminalManager(manager: TerminalManager): () => void {
  slot[SLOT] = manager;
  return () => {
    if (slot[SLOT] === manager) delete slot[SLOT];
  };
}

/** The registered manager, or undefined when the terminal is off or the server did not start one. */
export function findTerminalManager(): TerminalManager | undefined {
  return slot[SLOT];
}
