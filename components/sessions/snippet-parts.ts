/** The markers lib/hermes-home puts around a match in a search snippet (tested to stay equal). */
export const SNIPPET_MATCH_START = '\u0001';
export const SNIPPET_MATCH_END = '\u0002';

export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * Splits a marked snippet into plain and matched runs of text. Markers that do not pair up are
 * dropped, never shown; the text itself is returned as text, so it can only ever render as text.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let match = false;
  let text = '';
  const flush = () => {
    if (text) parts.push({ text, match });
    text = '';
  };
  for (const ch of snippet) {
    if (ch === SNIPPET_MATCH_START && !match) {
      flush();
      match = true;
    } else if (ch === SNIPPET_MATCH_END && match) {
      flush();
      match = false;
    } else if (ch !== SNIPPET_MATCH_START && ch !== SNIPPET_MATCH_END) {
      text += ch;
    }
  }
  flush();
  return parts;
}
