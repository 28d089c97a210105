'use client';

import { useEffect, type RefObject } from 'react';

/**
 * Sizes an element to end exactly where the visible screen ends: above the phone's tab bar, or
 * above the on-screen keyboard when it is open (iOS shrinks only the visual viewport, so CSS alone
 * would leave the terminal's cursor line or the editor's last lines under it). Monaco and xterm
 * need a definite height, and CSS cannot know what banners the page stacked above them.
 */
export function useFillHeight(ref: RefObject<HTMLElement | null>, minHeightPx: number): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const viewport = window.visualViewport;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const visibleBottom = viewport ? viewport.offsetTop + viewport.height : window.innerHeight;
        const bar = document.querySelector('nav[aria-label="Main"]');
        const barTop = bar && getComputedStyle(bar).position === 'fixed' ? bar.getBoundingClientRect().top : Number.POSITIVE_INFINITY;
        const top = element.getBoundingClientRect().top + window.scrollY;
        element.style.height = `${Math.max(minHeightPx, Math.floor(Math.min(visibleBottom, barTop) - top))}px`;
      });
    };
    update();
    // Banners above (gateway problem, offline strip) come and go without a resize event.
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    viewport?.addEventListener('resize', update);
    viewport?.addEventListener('scroll', update);
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      viewport?.removeEventListener('resize', update);
      viewport?.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
      element.style.height = '';
    };
  }, [ref, minHeightPx]);
}
