// SQLite columns are loosely typed (a REAL column may hold text written by an older Hermes), so rows are read
// defensively instead of trusting a declared shape.

export type SqlRow = Record<string, unknown>;

/** Narrows a better-sqlite3 result to a row object; returns null for anything else. */
export function asRow(value: unknown): SqlRow | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as SqlRow) : null;
}

/** All rows of a statement result that are objects; never throws. */
export function asRows(values: unknown[]): SqlRow[] {
  const out: SqlRow[] = [];
  for (const v of values) {
    const row = asRow(v);
    if (row) out.push(row);
  }
  return out;
}

/** Column as string or null (numbers are stringified); never throws. */
export function text(row: SqlRow, key: string): string | null {
  const v = row[key];
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  return null;
}

/** Column as finite number or null (numeric strings are parsed); never throws. */
export function num(row: SqlRow, key: string): number | null {
  const v = row[key];
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** Epoch-seconds column converted to integer milliseconds, or null; never throws. */
export function epochMs(row: SqlRow, key: string): number | null {
  const s = num(row, key);
  return s === null ? null : Math.round(s * 1000);
}

/** Builds a SELECT list that yields NULL for columns missing in older schemas; never throws. */
export function selectList(available: Set<string>, wanted: readonly string[], alias: string): string {
  return wanted.map((c) => (available.has(c) ? `${alias}.${c} AS ${c}` : `NULL AS ${c}`)).join(', ');
}
