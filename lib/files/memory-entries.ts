/**
 * Hermes's memory format (tools/memory_tool.py): entries joined by a line holding only `§`. Reading
 * splits on exactly that separator and trims each entry, dropping empty ones, as Hermes does, so
 * a `§` inside an entry's text survives.
 */
export const ENTRY_DELIMITER = '\n§\n';

/** The entries of a memory file's text. */
export function splitEntries(raw: string): string[] {
  if (raw.trim() === '') return [];
  return raw
    .split(ENTRY_DELIMITER)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** A memory file's text for `entries`, byte for byte what Hermes writes. */
export function joinEntries(entries: readonly string[]): string {
  return entries.join(ENTRY_DELIMITER);
}

/** Characters Hermes counts against its limit: the joined text's length in code points, as Python's len() counts. */
export function memoryChars(entries: readonly string[]): number {
  return [...joinEntries(entries)].length;
}

/** Why `text` cannot be one entry, or null. */
export function entryProblem(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return 'An entry cannot be empty; delete it instead.';
  if (`\n${trimmed}\n`.includes(ENTRY_DELIMITER)) return 'An entry cannot contain a line holding only §: that line separates entries.';
  return null;
}

export type MemoryChange = { op: 'add'; text: string } | { op: 'replace'; original: string; text: string } | { op: 'remove'; original: string };

/**
 * Applies one change to `entries`, finding the entry by its text as the user saw it, so a change
 * still lands after the agent added or reordered other entries. Returns null when that entry is
 * gone or was rewritten meanwhile: the caller reports a conflict instead of guessing.
 */
export function applyChange(entries: readonly string[], change: MemoryChange): string[] | null {
  if (change.op === 'add') {
    const text = change.text.trim();
    return entries.includes(text) ? [...entries] : [...entries, text];
  }
  const index = entries.indexOf(change.original.trim());
  if (index === -1) return null;
  const next = [...entries];
  if (change.op === 'remove') next.splice(index, 1);
  else next[index] = change.text.trim();
  return next;
}
