/** A JSON value as Hermes (Python) serialises it. */
export type PyValue = string | number | boolean | null | PyValue[] | { [key: string]: PyValue };

// ensure_ascii=True turns every non-ASCII UTF-16 unit into \uXXXX, as in the real tool_calls column.
function escapeNonAscii(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function pyString(s: string, ascii: boolean): string {
  const json = JSON.stringify(s);
  return ascii ? escapeNonAscii(json) : json;
}

/** `json.dumps(value, indent=2)`: with an indent, Python's separators match JSON.stringify's. */
export function pyDumpsIndented(value: PyValue): string {
  return escapeNonAscii(JSON.stringify(value, null, 2));
}

/** `json.dumps(value, ensure_ascii=ascii)` with Python's ", " and ": " separators. */
export function pyDumps(value: PyValue, ascii = true): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return pyString(value, ascii);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => pyDumps(v, ascii)).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([k, v]) => `${pyString(k, ascii)}: ${pyDumps(v, ascii)}`)
    .join(', ')}}`;
}
