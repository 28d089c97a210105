import {
  type Fence,
  closesFence,
  fenceOpen,
  isBlank,
  isFootnoteDefinition,
  isIndented,
  isListItem,
  isTopLevelHeading,
  stripCr,
} from './markdown-lines';

/**
 * Splits Markdown into top-level blocks so a streaming answer can re-render only its last block.
 *
 * A block is reported as done only once no later text can change how it renders; the rest is the
 * open tail. Every doubtful case merges instead of splitting: rendering two blocks as one is always
 * correct, rendering one block as two is not (a fence or a loose list cut at a blank line).
 */
export interface SplitResult {
  blocks: string[];
  /** True when the last entry of `blocks` is the tail, which may still change as text arrives. */
  tailOpen: boolean;
}

/** Resumable split state: `splitBlocksIncremental` rescans only from `resume`. */
export interface SplitState {
  readonly text: string;
  /** Finished blocks. The same array instance is returned while no new block finishes. */
  readonly done: readonly string[];
  /** Offset from which the scanner restarts; everything before it is settled. */
  readonly resume: number;
  /** The still-open last block, '' when there is none. */
  readonly tail: string;
}

interface OpenBlock {
  start: number;
  fence: Fence | null;
  /** A list or footnote: blank lines may continue it (loose lists, indented paragraphs). */
  continuable: boolean;
  indentedCode: boolean;
  /** Where a run of blank lines began, while it is unknown whether the block goes on. */
  blankFrom: number;
}

const NO_BLOCKS: readonly string[] = Object.freeze([]);

export function splitBlocks(text: string): SplitResult {
  return toResult(scan(text, 0, NO_BLOCKS));
}

export function toResult(state: SplitState): SplitResult {
  return state.tail === '' ? { blocks: [...state.done], tailOpen: false } : { blocks: [...state.done, state.tail], tailOpen: true };
}

/**
 * Same answer as `splitBlocks`, but when `text` extends `previous.text` only the open tail is
 * rescanned, so the cost per streamed token follows the tail's size, not the answer's.
 */
export function splitBlocksIncremental(text: string, previous?: SplitState | null): SplitState {
  if (previous && text.startsWith(previous.text)) {
    return text.length === previous.text.length ? previous : scan(text, previous.resume, previous.done);
  }
  return scan(text, 0, NO_BLOCKS);
}

function scan(text: string, from: number, settled: readonly string[]): SplitState {
  const finished: string[] = [];
  let resume = from;
  let block: OpenBlock | null = null;
  let pos = from;

  const finish = (done: OpenBlock, end: number) => {
    const body = text.slice(done.start, end).trimEnd();
    if (body !== '') finished.push(body);
  };

  // Only complete lines decide anything: a partial last line could still turn into something else.
  for (let newline = text.indexOf('\n', pos); newline !== -1; newline = text.indexOf('\n', pos)) {
    const line = stripCr(text.slice(pos, newline));
    const next = newline + 1;
    const current: OpenBlock | null = block;
    const lineStart = pos;
    pos = next;

    if (current?.fence) {
      if (closesFence(line, current.fence)) {
        // An unindented fence always starts its block (see below) and nothing can continue it once closed.
        const topLevel = current.fence.indent === 0;
        current.fence = null;
        if (topLevel) {
          finish(current, next);
          block = null;
          resume = next;
        }
      }
      continue;
    }

    let open: OpenBlock;
    if (!current) {
      if (isBlank(line)) {
        resume = next;
        continue;
      }
      open = startBlock(lineStart);
    } else if (current.blankFrom !== -1) {
      if (isBlank(line)) continue;
      if (isIndented(line) || (current.continuable && isListItem(line))) {
        current.blankFrom = -1;
        open = current;
      } else {
        finish(current, current.blankFrom);
        resume = lineStart;
        open = startBlock(lineStart);
      }
    } else if (isBlank(line)) {
      if (current.continuable || current.indentedCode) {
        current.blankFrom = lineStart;
      } else {
        finish(current, lineStart);
        block = null;
        resume = next;
      }
      continue;
    } else if (isTopLevelHeading(line) || fenceOpen(line, false)?.indent === 0) {
      // Both interrupt whatever came before, so the text above is complete: give them their own block.
      finish(current, lineStart);
      resume = lineStart;
      open = startBlock(lineStart);
    } else {
      open = current;
    }
    block = open;

    const fence = fenceOpen(line, open.continuable);
    if (fence) {
      open.fence = fence;
    } else if (open.start === lineStart && isTopLevelHeading(line)) {
      finish(open, next);
      block = null;
      resume = next;
    } else {
      if (isListItem(line) || isFootnoteDefinition(line)) open.continuable = true;
      if (open.start === lineStart && /^(?: {4}|\t)/.test(line)) open.indentedCode = true;
    }
  }

  const unsettled: OpenBlock | null = block;
  const tailFrom = unsettled ? unsettled.start : resume;
  const tail = text.slice(tailFrom).trimEnd();
  return {
    text,
    done: finished.length === 0 ? settled : [...settled, ...finished],
    resume: tailFrom,
    tail: tail.trim() === '' ? '' : tail,
  };
}

function startBlock(start: number): OpenBlock {
  return { start, fence: null, continuable: false, indentedCode: false, blankFrom: -1 };
}
