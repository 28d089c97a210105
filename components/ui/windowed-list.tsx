'use client';

import type { ReactNode } from 'react';
import { useChunkWindow } from './use-chunk-window';

export interface WindowedListProps<T> {
  items: readonly T[];
  itemKey: (item: T) => string | number;
  /** The content of one row; the list wraps it in its own list item. */
  renderItem: (item: T) => ReactNode;
  /** Accessible name of the list. */
  label?: string;
  /** Classes of the list box. */
  className?: string;
  /** Rows shown or replaced together; one page of the API is a good size. */
  chunkSize?: number;
}

const DEFAULT_CHUNK_ROWS = 30;

/**
 * A long list that keeps the DOM small: rows come in chunks, and a chunk far from the viewport is
 * replaced by an empty block of its measured height. Chunks are `role="none"` lists inside one
 * `role="list"`, so assistive technology still sees a single list of the rows that are rendered.
 * Chunks after the first are separated by the same divider as rows.
 */
export function WindowedList<T>({ items, itemKey, renderItem, label, className, chunkSize = DEFAULT_CHUNK_ROWS }: WindowedListProps<T>) {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += chunkSize) chunks.push(items.slice(i, i + chunkSize));
  const win = useChunkWindow(chunks.length);
  return (
    <div role="list" aria-label={label} className={`divide-y divide-line ${className ?? ''}`}>
      {chunks.map((rows, i) =>
        win.isLive(i) ? (
          <ul key={i} role="none" data-chunk={i} ref={win.refFor(i)} className="divide-y divide-line">
            {rows.map((item) => (
              <li key={itemKey(item)} role="listitem">
                {renderItem(item)}
              </li>
            ))}
          </ul>
        ) : (
          <div key={i} aria-hidden="true" data-chunk={i} data-placeholder="" ref={win.refFor(i)} style={{ height: win.heightOf(i) }} />
        ),
      )}
    </div>
  );
}
