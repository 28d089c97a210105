'use client';

import { type RefObject, useEffect, useRef, useState } from 'react';

/** How far (after damping) the list must be pulled for a release to refresh it. */
export const PULL_TRIGGER_PX = 64;
const PULL_MAX_PX = 96;
/** Finger travel is halved, so the list lags the finger the way native lists do. */
const PULL_DAMPING = 0.5;
/** Below this much travel the gesture's direction is not known yet. */
const DIRECTION_SLOP_PX = 6;

function atTop(scroller: HTMLElement | null): boolean {
  return (scroller ? scroller.scrollTop : (document.scrollingElement?.scrollTop ?? window.scrollY)) <= 0;
}

/** True when the touch began inside something that scrolls on its own and is not at its top (a code block, a menu). */
function insideScrolledChild(target: EventTarget | null, scroller: HTMLElement | null): boolean {
  for (let el = target instanceof Element ? target : null; el && el !== scroller && el !== document.body; el = el.parentElement) {
    if (el.scrollTop > 0) return true;
  }
  return false;
}

/**
 * Tracks a downward pull that starts with `scroller` (or the page) scrolled to the top and returns
 * how far it has gone. Any other gesture (scrolling up, sideways swipes, two fingers, a pull that
 * starts mid-list) is left to the browser untouched; `onRelease` runs when a long enough pull ends.
 */
export function usePullGesture(scroller: RefObject<HTMLElement | null> | undefined, onRelease: () => void, disabled: boolean): number {
  const [pull, setPull] = useState(0);
  const release = useRef(onRelease);
  useEffect(() => {
    release.current = onRelease;
  });

  useEffect(() => {
    if (disabled) return;
    const el = scroller?.current ?? null;
    const target: HTMLElement | Window = el ?? window;
    let start: { x: number; y: number } | null = null;
    let pulling = false;
    let distance = 0;

    const onStart = (e: TouchEvent) => {
      const touch = e.touches[0];
      start = e.touches.length === 1 && touch && atTop(el) && !insideScrolledChild(e.target, el) ? { x: touch.clientX, y: touch.clientY } : null;
      pulling = false;
    };
    const onMove = (e: TouchEvent) => {
      const touch = e.touches[0];
      if (!start || !touch) return;
      const dx = touch.clientX - start.x;
      const dy = touch.clientY - start.y;
      if (!pulling) {
        if (Math.abs(dx) < DIRECTION_SLOP_PX && Math.abs(dy) < DIRECTION_SLOP_PX) return;
        // Up or sideways: an ordinary scroll or swipe, which the browser keeps.
        if (dy <= 0 || Math.abs(dx) > dy || !atTop(el)) {
          start = null;
          return;
        }
        pulling = true;
      }
      // Ours now: stop the page from scrolling or rubber-banding under the finger.
      if (e.cancelable) e.preventDefault();
      distance = Math.min(PULL_MAX_PX, Math.max(0, dy * PULL_DAMPING));
      setPull(distance);
    };
    const onEnd = () => {
      if (pulling && distance >= PULL_TRIGGER_PX) release.current();
      start = null;
      pulling = false;
      distance = 0;
      setPull(0);
    };

    const passive = { passive: true } as const;
    target.addEventListener('touchstart', onStart as EventListener, passive);
    // Not passive: a pull must be able to cancel the page's own scroll.
    target.addEventListener('touchmove', onMove as EventListener, { passive: false });
    target.addEventListener('touchend', onEnd, passive);
    target.addEventListener('touchcancel', onEnd, passive);
    return () => {
      target.removeEventListener('touchstart', onStart as EventListener);
      target.removeEventListener('touchmove', onMove as EventListener);
      target.removeEventListener('touchend', onEnd);
      target.removeEventListener('touchcancel', onEnd);
    };
  }, [scroller, disabled]);

  return pull;
}
