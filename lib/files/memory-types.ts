import type { FileVersion, Writability } from './types';

/** The two memory stores Hermes keeps: its own notes and what it knows about the user. */
export type MemoryTarget = 'memory' | 'user';

export interface MemoryDoc {
  target: MemoryTarget;
  /** Relative to the files root. */
  path: string;
  exists: boolean;
  entries: string[];
  /** Characters used, counted as Hermes counts them. */
  chars: number;
  /** Hermes's limit for this store (config.yaml `memory.*_char_limit`, or its default). */
  limit: number;
  version: FileVersion | null;
  editable: Writability;
}

/** Extra fields of a 409 reply to an entry change: the entries as they are now. */
export interface MemoryConflictDetails {
  current: { entries: string[] };
}
