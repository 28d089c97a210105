import type { Term } from './search-terms';

/** Marks the start of a highlighted match inside `SearchHit.snippet` (never present otherwise). */
export const MATCH_START = '\u0001';
/** Marks the end of a highlighted match inside `SearchHit.snippet`. */
export const MATCH_END = '\u0002';
// Bracketed so a stray \u0001/\u0002 inside stored text cannot be mistaken for a marker; see cleanSnippet.
export const SQL_START = '\u0001<m>';
export const SQL_END = '</m>\u0002';

/** Turns the bracketed markers into MATCH_START/MATCH_END and drops any stray control markers. */
export function cleanSnippet(s: string): string {
  return s.replace(/\u0001<m>|<\/m>\u0002|[\u0001\u0002]/g, (x) => (x === SQL_START ? MATCH_START : x === SQL_END ? MATCH_END : ''));
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An excerpt around the first match of any term in `source`, every match bracketed (for cleanSnippet). */
export function termSnippet(source: string, terms: Term[], radius = 60): string {
  const clean = source.replace(/[\u0001\u0002]/g, '');
  const re = new RegExp(terms.map((t) => escapeRegex(t.text)).join('|'), 'giu');
  const first = re.exec(clean);
  const at = first ? first.index : 0;
  const start = Math.max(0, at - radius);
  const end = Math.min(clean.length, at + (first ? first[0].length : 0) + radius * 2);
  const window = clean.slice(start, end).replace(re, (m) => `${SQL_START}${m}${SQL_END}`);
  return `${start > 0 ? '…' : ''}${window}${end < clean.length ? '…' : ''}`;
}
