import { plainPreview } from '@/lib/text/plain-preview';
import { MAX_BODY_CHARS } from './message';

// Lines that carry no words of their own: rules, table separators, HTML comments.
const NOISE = /^([-*_]{3,}\s*$|\|?\s*:?-{3,}|<!--)/;

/** One line as reading text: its block marks (quote, heading, bullet, task box) off, then the inline ones. */
function plain(line: string): string {
  return plainPreview(line.replace(/^\s{0,3}(#{1,6}\s+|>\s*)+/, '').replace(/^\s*([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?/, ''));
}

function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/**
 * The first line of a Markdown text that reads as words (heading marks, list bullets, emphasis and
 * link targets stripped; code blocks, rules and table separators skipped unless nothing else is
 * there), clipped to fit a notification; '' when there is none.
 */
export function firstMeaningfulLine(markdown: string | null, max = MAX_BODY_CHARS): string {
  if (!markdown) return '';
  let inFence = false;
  // A reply that is nothing but a code block still says something: its first line.
  let fenced = '';
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (/^(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      fenced ||= line;
      continue;
    }
    if (line === '' || NOISE.test(line)) continue;
    const text = plain(line);
    if (/[\p{L}\p{N}]/u.test(text)) return clip(text, max);
  }
  return clip(fenced.replace(/\s+/g, ' '), max);
}
