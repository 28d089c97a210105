'use client';

import { type ReactElement, useEffect, useMemo, useRef } from 'react';
import { closeOpenMarkdown } from './close-open-markdown';
import { MarkdownBlock } from './markdown-block';
import { type SplitState, splitBlocksIncremental } from './split-blocks';
import './markdown.css';

export interface StreamingMarkdownProps {
  text: string;
  /** True while tokens are still arriving; the last block is then rendered as unfinished. */
  streaming: boolean;
}

/**
 * Renders an answer that grows token by token. The text is split into top-level blocks; finished
 * blocks keep the same element objects, so React skips them without even comparing props, and
 * only the open last block is parsed again. Per token the work follows the tail's size.
 */
export function StreamingMarkdown({ text, streaming }: StreamingMarkdownProps) {
  // The last committed split, reused so appended text is scanned from the open tail only.
  const previous = useRef<SplitState | null>(null);
  const split = useMemo(() => splitBlocksIncremental(text, previous.current), [text]);
  useEffect(() => {
    previous.current = split;
  }, [split]);

  const { done, tail } = split;
  // Keyed by index: a tail that finishes keeps its DOM (and a code block its state) as it settles.
  const doneElements = useMemo(() => done.map((block, index) => <MarkdownBlock key={index} text={block} open={false} />), [done]);

  let children: ReactElement[] = doneElements;
  if (tail !== '') {
    const tailElement = <MarkdownBlock key={done.length} text={streaming ? closeOpenMarkdown(tail) : tail} open={streaming} />;
    // One flat list, so the tail and the finished blocks share a key space.
    children = [...doneElements, tailElement];
  }

  return <div className="min-w-0 space-y-3 leading-relaxed text-ink wrap-break-word">{children}</div>;
}
