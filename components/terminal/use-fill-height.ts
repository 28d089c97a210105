'use client';

import { useEffect, type RefObject } from 'react';

const MIN_HEIGHT_PX = 160;

/**
 * Sizes an element to end exactly where the visible screen ends: above the phone's tab bar, or
 * above the on-screen keyboard when it is open (iOS shrinks only the visual viewport, so CSS alone
 * would leave the terminal's cursor line under the keyboard).
 */
export function useFillHeight(ref: RefObject<HTMLElement | null>): void {
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
        const top = element.getBoundingClientRect().top;
        element.style.height = `${Math.max(MIN_HEIGHT_PX, Math.floor(Math.min(visibleBottom, barTop) - top))}px`;
      });
    };
    update();
    viewport?.addEventListener('resize', update);
    viewport?.addEventListener('scroll', update);
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      viewport?.removeEventListener('resize', update);
      viewport?.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
      element.style.height = '';
    };
  }, [ref]);
}
