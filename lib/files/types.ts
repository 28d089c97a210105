/**
 * Shapes the files API sends. Types only, so client components can import them without pulling
 * any server code along.
 */

/** What the editor loaded; a save carries it back so the server can refuse to clobber a newer file. */
export interface FileVersion {
  size: number;
  mtimeMs: number;
  sha256: string;
}

export type Writability = { writable: true } | { writable: false; reason: string };

export type EntryKind = 'dir' | 'file' | 'other';

export interface DirEntry {
  name: string;
  /** Relative to the files root, `/`-separated. */
  path: string;
  kind: EntryKind;
  /** Bytes; null for folders. */
  size: number | null;
  mtimeMs: number;
  /** A symlink (inside the root) to `kind`. */
  link: boolean;
  /** Why it cannot be opened (a secret, a link out of the root), or null. */
  blocked: string | null;
}

export interface DirListing {
  path: string;
  entries: DirEntry[];
  /** True when the folder had more entries than one listing returns. */
  truncated: boolean;
}

export type FileKind = 'text' | 'binary' | 'too_large';

export interface FileDoc {
  path: string;
  name: string;
  kind: FileKind;
  size: number;
  mtimeMs: number;
  /** Set for text files only. */
  content: string | null;
  version: FileVersion | null;
  editable: Writability;
}

export interface BackupInfo {
  id: string;
  /** ms epoch when the version was replaced. */
  savedAt: number;
  size: number;
  sha256: string;
}

export interface SavedFile {
  path: string;
  version: FileVersion;
  /** The previous version, kept so it can be restored; null when the content did not change. */
  backup: BackupInfo | null;
}

/** Extra fields of a 409 reply to a save: the file as it is now, to diff against the editor. */
export interface ConflictDetails {
  current: { version: FileVersion; content: string | null };
}

/** Extra fields of a 400 reply to a save whose YAML or JSON does not parse. */
export interface SyntaxDetails {
  syntax: { language: 'yaml' | 'json'; line: number; column: number; message: string };
}

export interface QuickOpenIndex {
  files: string[];
  truncated: boolean;
}
