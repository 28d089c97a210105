// The gateway is aiohttp + Python's json.dumps with default settings, so byte-level fidelity needs
// Python's formatting: ", " and ": " separators, and ensure_ascii (everything outside printable
// ASCII escaped as lowercase \uXXXX, astral characters as surrogate pairs).

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export type JsonObject = { [key: string]: JsonValue };

const SHORT_ESCAPES: Record<number, string> = {
  0x22: '\\"',
  0x5c: '\\\\',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t',
  0x08: '\\b',
  0x0c: '\\f',
};

function pyString(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const short = SHORT_ESCAPES[code];
    if (short !== undefined) out += short;
    else if (code < 0x20 || code > 0x7e) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += text[i];
  }
  return `${out}"`;
}

/** Serializes like Python's `json.dumps(value)` (NaN/Infinity included, as Python emits them). */
export function pyJson(value: JsonValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return pyString(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map(pyJson).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([key, item]) => `${pyString(key)}: ${pyJson(item)}`)
    .join(', ')}}`;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isJsonValue);
}

function isJsonValue(value: unknown): value is JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonValue);
  return isJsonObject(value);
}

/** Parses a request body; `undefined` when it is not JSON at all (aiohttp's `request.json()` raising). */
export function parseJson(text: string): JsonValue | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isJsonValue(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

const NON_PRINTABLE = /[\p{C}\p{Z}]/u;

function pyStrRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\' || char === quote) out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (char !== ' ' && NON_PRINTABLE.test(char)) {
      const hex = code.toString(16);
      out += code < 0x100 ? `\\x${hex.padStart(2, '0')}` : code < 0x10000 ? `\\u${hex.padStart(4, '0')}` : `\\U${hex.padStart(8, '0')}`;
    } else out += char;
  }
  return out + quote;
}

/**
 * Python's `repr()`/`str()` of a parsed JSON value. The gateway hashes `str(content)` of a
 * multimodal first message to derive session ids, and quotes part types with `!r` in errors.
 */
export function pyRepr(value: JsonValue): string {
  if (value === null) return 'None';
  if (typeof value === 'string') return pyStrRepr(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  return `{${Object.entries(value)
    .map(([key, item]) => `${pyStrRepr(key)}: ${pyRepr(item)}`)
    .join(', ')}}`;
}
