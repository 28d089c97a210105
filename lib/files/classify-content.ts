import { BINARY_SNIFF_BYTES } from './limits';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const utf8 = new TextDecoder('utf-8', { fatal: true });

export type ContentClass = 'text' | 'binary' | 'database';

/** Text (valid UTF-8 without NUL), binary, or an SQLite database whatever its name says. */
export function classifyBytes(bytes: Buffer): ContentClass {
  if (bytes.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) return 'database';
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return 'binary';
  try {
    utf8.decode(bytes);
    return 'text';
  } catch {
    return 'binary';
  }
}
