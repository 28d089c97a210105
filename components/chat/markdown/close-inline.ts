/**
 * Closes the inline constructs left open at the end of one paragraph of a streaming answer. Uses
 * CommonMark's flanking rules in simplified form, leaning towards leaving text alone: a marker left
 * visible for a moment is better than emphasis that was never meant.
 */

type Open =
  | { kind: 'code'; length: number }
  | { kind: 'delimiter'; char: '*' | '_' | '~'; length: number }
  | { kind: 'bracket'; start: number }
  | { kind: 'destination'; image: boolean; start: number; imageStart: number; depth: number };

/** Returns the scope with its open inline constructs closed, or null when nothing needed closing. */
export function closeInline(scope: string): string | null {
  let body = scope.trimEnd();
  const stack: Open[] = [];
  let dropFrom = -1;

  for (let i = 0; i < body.length; ) {
    const char = body[i] ?? '';
    const top = stack.at(-1);

    if (top?.kind === 'code') {
      const run = runLength(body, i, '`');
      if (run > 0 && run === top.length) stack.pop();
      // Half of a longer closer ("``code`") would break the one we add: drop it.
      else if (run > 0 && run < top.length && i + run === body.length) dropFrom = i;
      i += Math.max(run, 1);
      continue;
    }
    if (top?.kind === 'destination') {
      if (char === '\\') i += 1;
      else if (char === '(') top.depth += 1;
      else if (char === ')') {
        if (top.depth === 0) stack.pop();
        else top.depth -= 1;
      }
      i += 1;
      continue;
    }

    if (char === '\\') {
      i += 2;
      continue;
    }
    if (char === '`') {
      const run = runLength(body, i, '`');
      if (i + run === body.length) dropFrom = i;
      else stack.push({ kind: 'code', length: run });
      i += run;
      continue;
    }
    if (char === '[') {
      stack.push({ kind: 'bracket', start: body[i - 1] === '!' ? i - 1 : i });
      i += 1;
      continue;
    }
    if (char === ']') {
      const at = findLast(stack, (entry) => entry.kind === 'bracket');
      if (at !== -1) {
        const bracket = stack[at];
        // Markers opened inside link text stay literal once the text ends, so forget them.
        stack.length = at;
        if (body[i + 1] === '(' && bracket?.kind === 'bracket') {
          stack.push({ kind: 'destination', image: body[bracket.start] === '!', start: i + 2, imageStart: bracket.start, depth: 0 });
          i += 2;
          continue;
        }
      }
      i += 1;
      continue;
    }
    if (char === '*' || char === '_' || char === '~') {
      const run = runLength(body, i, char);
      const trailing = i + run === body.length;
      if (delimiterRun(body, i, run, char, stack) === 'unused' && trailing) dropFrom = i;
      i += run;
      continue;
    }
    i += 1;
  }

  if (dropFrom === -1 && stack.every((entry) => entry.kind === 'bracket')) return null;
  if (dropFrom !== -1) body = body.slice(0, dropFrom).trimEnd();

  let closers = '';
  for (let at = stack.length - 1; at >= 0; at -= 1) {
    const entry = stack[at];
    if (!entry) continue;
    if (entry.kind === 'code') closers += '`'.repeat(entry.length);
    else if (entry.kind === 'delimiter') closers += entry.char.repeat(entry.length);
    else if (entry.kind === 'destination') {
      // A half-written URL must not become a live link or fetch an image: keep the text, drop the target.
      body = entry.image ? body.slice(0, entry.imageStart).trimEnd() : `${body.slice(0, entry.start)})`;
    }
  }
  return body + closers;
}

/**
 * Applies CommonMark's flanking rules (simplified) to a run of `*`, `_` or `~`, updating the stack.
 * 'unused' means the run can neither open nor close: at the end of the text, a marker being typed.
 */
function delimiterRun(text: string, at: number, run: number, char: '*' | '_' | '~', stack: Open[]): 'used' | 'literal' | 'unused' {
  // GFM strikethrough is `~~`; single tildes are left alone (they mean "about" in chat).
  if (char === '~' && run !== 2) return 'literal';
  if (run > 3) return 'literal';
  const before = text[at - 1];
  const after = text[at + run];
  const leftFlanking = after !== undefined && !isSpace(after) && (!isPunctuation(after) || before === undefined || isSpace(before) || isPunctuation(before));
  const rightFlanking = before !== undefined && !isSpace(before) && (!isPunctuation(before) || after === undefined || isSpace(after) || isPunctuation(after));
  // Intraword markers (snake_case, 2*3) are far more often literal than emphasis in chat.
  const alnumBefore = before !== undefined && /[\p{L}\p{N}]/u.test(before);
  const canOpen = leftFlanking && !alnumBefore;
  const canClose = rightFlanking && (char !== '_' || after === undefined || !/[\p{L}\p{N}]/u.test(after));

  let remaining = run;
  if (canClose) {
    while (remaining > 0) {
      // Emphasis cannot close across the start of link text.
      const index = findLast(stack, (entry) => entry.kind === 'bracket' || (entry.kind === 'delimiter' && entry.char === char));
      const entry = stack[index];
      if (!entry || entry.kind !== 'delimiter') break;
      // Openers above the matched one were never closed and stay literal.
      stack.length = index;
      if (entry.length > remaining) {
        // Part of the closer is typed ("**bold*"): keep what is still missing.
        stack.push({ ...entry, length: entry.length - remaining });
        remaining = 0;
      } else {
        remaining -= entry.length;
      }
    }
    if (remaining < run) return 'used';
  }
  if (canOpen) {
    stack.push({ kind: 'delimiter', char, length: remaining });
    return 'used';
  }
  return 'unused';
}

function runLength(text: string, at: number, char: string): number {
  let end = at;
  while (text[end] === char) end += 1;
  return end - at;
}

function findLast<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i -= 1) {
    const item = items[i];
    if (item !== undefined && test(item)) return i;
  }
  return -1;
}

function isSpace(char: string): boolean {
  return /\s/u.test(char);
}

function isPunctuation(char: string): boolean {
  return /[\p{P}\p{S}]/u.test(char);
}
