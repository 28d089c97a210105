'use client';

import { useCallback, useEffect, useRef, useState } from 'react';

/** Chunks this close to the viewport stay rendered: a screen and a half each way, so a fast flick never shows blank space. */
const NEAR_MARGIN = '150% 0px';
// A chunk's divider is its border, and it appears when a later chunk is appended: measure the border box.
const BORDER_BOX: ResizeObserverOptions = { box: 'border-box' };

export interface ChunkWindow {
  /** Whether chunk `i` must be rendered in full (near the viewport, or its height is not known yet). */
  isLive: (i: number) => boolean;
  /** The height to hold for a chunk that is not rendered. */
  heightOf: (i: number) => number;
  /** Callback ref for chunk `i`'s element, rendered or placeholder. */
  refFor: (i: number) => (el: Element | null) => void;
}

function chunkOf(el: Element): number | null {
  const n = Number(el.getAttribute('data-chunk'));
  return Number.isInteger(n) ? n : null;
}

interface Measure {
  width: number;
  height: number;
}

/**
 * Which chunks of a long list to render: those near the viewport, plus any whose height is unknown
 * at the current width (new pages, or every chunk after a rotation). The others become placeholders
 * of their measured height, so the page keeps its length and nothing moves while scrolling (iOS
 * Safari has no scroll anchoring to hide a wrong guess). Observers are released on unmount.
 */
export function useChunkWindow(count: number): ChunkWindow {
  const [near, setNear] = useState<ReadonlySet<number>>(() => new Set(Array.from({ length: count }, (_, i) => i)));
  const [, setMeasured] = useState(0);
  const heights = useRef(new Map<number, Measure>());
  const elements = useRef(new Map<number, Element>());
  const width = useRef(0);
  const intersections = useRef<IntersectionObserver | null>(null);
  const sizes = useRef<ResizeObserver | null>(null);

  useEffect(() => {
    const io = new IntersectionObserver(
      (entries) =>
        setNear((prev) => {
          const next = new Set(prev);
          for (const e of entries) {
            const i = chunkOf(e.target);
            if (i === null) continue;
            if (e.isIntersecting) next.add(i);
            else next.delete(i);
          }
          return next.size === prev.size && [...next].every((i) => prev.has(i)) ? prev : next;
        }),
      { rootMargin: NEAR_MARGIN },
    );
    const ro = new ResizeObserver((entries) => {
      let learned = false;
      for (const e of entries) {
        const i = chunkOf(e.target);
        if (i === null || e.target.hasAttribute('data-placeholder')) continue;
        const box = e.target.getBoundingClientRect();
        const known = heights.current.get(i);
        if (!known || known.width !== box.width) learned = true;
        width.current = box.width;
        heights.current.set(i, { width: box.width, height: box.height });
      }
      // A chunk measured for the first time at this width may now give way to a placeholder.
      if (learned) setMeasured((n) => n + 1);
    });
    intersections.current = io;
    sizes.current = ro;
    for (const el of elements.current.values()) {
      io.observe(el);
      ro.observe(el, BORDER_BOX);
    }
    return () => {
      io.disconnect();
      ro.disconnect();
      intersections.current = null;
      sizes.current = null;
    };
  }, []);

  // One stable callback per chunk, so React re-attaches only when the element really changes.
  const refs = useRef(new Map<number, (el: Element | null) => void>());
  const refFor = useCallback((i: number) => {
    let ref = refs.current.get(i);
    if (!ref) {
      ref = (el: Element | null) => {
        const old = elements.current.get(i);
        if (old === el) return;
        if (old) {
          intersections.current?.unobserve(old);
          sizes.current?.unobserve(old);
          elements.current.delete(i);
        }
        if (el) {
          elements.current.set(i, el);
          intersections.current?.observe(el);
          sizes.current?.observe(el, BORDER_BOX);
        }
      };
      refs.current.set(i, ref);
    }
    return ref;
  }, []);

  const measured = (i: number) => {
    const m = heights.current.get(i);
    return m !== undefined && m.width === width.current ? m : undefined;
  };
  return {
    isLive: (i) => near.has(i) || measured(i) === undefined,
    heightOf: (i) => measured(i)?.height ?? 0,
    refFor,
  };
}
