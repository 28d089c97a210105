'use client';

import { useEffect, type RefObject } from 'react';

const MIN_HEIGHT_PX = 240;

/**
 * Sizes the editor to end where the visible screen ends: above the phone's tab bar (or the
 * on-screen keyboard, which iOS keeps out of the layout viewport), whatever banners sit above it.
 * Monaco needs a definite height; CSS alone cannot know what the page stacked on top.
 */
export function useEditorHeight(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const viewport = window.visualViewport;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const bottom = viewport ? viewport.offsetTop + viewport.height : window.innerHeight;
        const tabBar = document.querySelector('nav[aria-label="Main"]');
        const barTop = tabBar && getComputedStyle(tabBar).position === 'fixed' ? tabBar.getBoundingClientRect().top : Number.POSITIVE_INFINITY;
        const top = element.getBoundingClientRect().top + window.scrollY;
        element.style.height = `${Math.max(MIN_HEIGHT_PX, Math.floor(Math.min(bottom, barTop) - top))}px`;
      });
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    viewport?.addEventListener('resize', update);
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      viewport?.removeEventListener('resize', update);
      window.removeEventListener('resize', update);
      element.style.height = '';
    };
  }, [ref]);
}
