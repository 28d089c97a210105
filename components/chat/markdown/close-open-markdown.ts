import { closeInline } from './close-inline';
import { type Fence, closesFence, fenceOpen, isBlank, isListItem, isTopLevelHeading, stripCr } from './markdown-lines';

/**
 * Makes the open tail of a streaming answer render sanely: closes an open code fence and the
 * inline markers (`**`, `*`, `_`, `~~`, `` ` ``, a half-written link) of its last paragraph, and
 * drops a marker that has nothing after it yet. Only ever applied to the still-growing last block,
 * never to finished blocks, and never changes text inside code.
 */
export function closeOpenMarkdown(tail: string): string {
  const lines = tail.split('\n');
  const context = scanLines(lines);
  if (context.fence) return closeFence(lines, context.fence, context.fencePrefix);
  if (context.indentedCode) return tail;

  const scopeStart = context.scopeStart;
  const scope = tail.slice(scopeStart);
  const closed = closeInline(scope);
  return closed === null ? tail : tail.slice(0, scopeStart) + closed;
}

interface LineContext {
  fence: Fence | null;
  /** Blockquote markers in front of the open fence, which its closer must repeat. */
  fencePrefix: string;
  indentedCode: boolean;
  /** Start of the last run of text that inline markers can span (a paragraph, item, cell…). */
  scopeStart: number;
}

const QUOTE_PREFIX = /^(?: {0,3}>[ ]?)*/;

function scanLines(lines: string[]): LineContext {
  let fence: Fence | null = null;
  let fencePrefix = '';
  let indentedCode = false;
  let sawList = false;
  let previousBlank = true;
  let previousQuote = false;
  let scopeStart = 0;
  let offset = 0;

  for (const [index, raw] of lines.entries()) {
    // The empty remainder after a final newline is not a blank line: the paragraph is not over.
    if (raw === '' && index === lines.length - 1) break;
    const line = stripCr(raw);
    const lineStart = offset;
    offset += raw.length + 1;
    const prefix = QUOTE_PREFIX.exec(line)?.[0] ?? '';
    const body = line.slice(prefix.length);

    if (fence) {
      if (closesFence(body, fence)) {
        fence = null;
        scopeStart = offset;
      }
      previousBlank = false;
      continue;
    }
    const opened = fenceOpen(body, sawList);
    if (opened) {
      fence = opened;
      fencePrefix = prefix;
      indentedCode = false;
      previousBlank = false;
      continue;
    }

    const blank = isBlank(line);
    const quote = prefix !== '';
    if (indentedCode) indentedCode = blank || /^(?: {4}|\t)/.test(line);
    else if (previousBlank && !sawList && /^(?: {4}|\t)/.test(line)) indentedCode = true;

    if (blank) scopeStart = offset;
    else if (isListItem(body) || isTopLevelHeading(body) || body.trimStart().startsWith('|') || (quote && !previousQuote)) scopeStart = lineStart;
    if (isListItem(body)) sawList = true;
    previousBlank = blank;
    previousQuote = quote;
  }

  // Table cells are parsed separately, so only the cell being written can hold an open marker.
  const last = lines.at(-1) ?? '';
  if (!fence && last.trimStart().startsWith('|')) {
    const lastStart = offset - last.length - 1;
    scopeStart = Math.max(scopeStart, lastStart + lastUnescapedPipe(last) + 1);
  }
  return { fence, fencePrefix, indentedCode, scopeStart };
}

function lastUnescapedPipe(line: string): number {
  for (let i = line.length - 1; i >= 0; i -= 1) {
    if (line[i] === '|' && line[i - 1] !== '\\') return i;
  }
  return -1;
}

function closeFence(lines: string[], fence: Fence, prefix: string): string {
  const last = stripCr(lines.at(-1) ?? '').slice(prefix.length).trim();
  // A half-typed closer (`` `` `` of a ``` fence) would otherwise flash as a line of code.
  const halfCloser = last !== '' && last.length < fence.length && [...last].every((c) => c === fence.char);
  const kept = halfCloser ? lines.slice(0, -1) : lines;
  const text = kept.join('\n');
  const closer = prefix + ' '.repeat(fence.indent) + fence.char.repeat(fence.length);
  return `${text}${text.endsWith('\n') ? '' : '\n'}${closer}`;
}
