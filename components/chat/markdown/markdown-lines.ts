/**
 * Line-level Markdown recognisers shared by the block splitter and the tail closer, so both agree
 * on where fenced code starts and ends. They are deliberately approximate: every caller is written
 * so that a wrong guess merges blocks (always safe) rather than splitting one.
 */

export interface Fence {
  char: '`' | '~';
  length: number;
  /** Leading spaces of the opening line; a closer inside a list item must keep them. */
  indent: number;
}

const FENCE_OPEN = /^( *)(`{3,}|~{3,})(.*)$/;
const LIST_ITEM = /^ {0,3}(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const FOOTNOTE_DEF = /^ {0,3}\[\^[^\]]+\]:/;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;

/** Drops the `\r` of CRLF text so every regex can anchor on `$`. */
export function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

export function isIndented(line: string): boolean {
  return line.startsWith(' ') || line.startsWith('\t');
}

export function isListItem(line: string): boolean {
  return LIST_ITEM.test(line);
}

export function isFootnoteDefinition(line: string): boolean {
  return FOOTNOTE_DEF.test(line);
}

/** Only unindented headings: an indented `#` may belong to a list item. */
export function isTopLevelHeading(line: string): boolean {
  return ATX_HEADING.test(line);
}

/**
 * An opening fence. Past three spaces of indentation a fence only exists inside a container
 * (a list item), which the caller signals with `nested`; otherwise it is indented code.
 */
export function fenceOpen(line: string, nested: boolean): Fence | null {
  const match = FENCE_OPEN.exec(line);
  if (!match) return null;
  const indent = match[1]?.length ?? 0;
  const run = match[2] ?? '';
  const info = match[3] ?? '';
  const char = run[0] === '~' ? '~' : '`';
  // CommonMark: a backtick fence's info string may not contain backticks (that is inline code).
  if (char === '`' && info.includes('`')) return null;
  if (indent > 3 && !nested) return null;
  return { char, length: run.length, indent };
}

/** A closing fence: the same character, at least as long, nothing after it but spaces. */
export function closesFence(line: string, fence: Fence): boolean {
  const trimmed = line.trimStart();
  const indent = line.length - trimmed.length;
  // Top-level fences follow CommonMark exactly; nested ones are approximated generously.
  if (fence.indent === 0 && indent > 3) return false;
  let run = 0;
  while (trimmed[run] === fence.char) run += 1;
  return run >= fence.length && trimmed.slice(run).trim() === '';
}
