'use client';

import { useEffect } from 'react';

/**
 * Publishes how much of the layout viewport the on-screen keyboard covers as the CSS variable
 * --keyboard-inset. iOS shrinks only the visual viewport when the keyboard opens, so without this a
 * bottom-pinned composer hides behind the keyboard.
 */
export function useKeyboardInset(): void {
  useEffect(() => {
    const viewport = window.visualViewport;
    if (!viewport) return;
    const update = () => {
      const inset = Math.max(0, window.innerHeight - viewport.height - viewport.offsetTop);
      document.documentElement.style.setProperty('--keyboard-inset', `${Math.round(inset)}px`);
      document.documentElement.dataset.keyboard = inset > 80 ? 'open' : 'closed';
    };
    update();
    viewport.addEventListener('resize', update);
    viewport.addEventListener('scroll', update);
    return () => {
      viewport.removeEventListener('resize', update);
      viewport.removeEventListener('scroll', update);
      document.documentElement.style.removeProperty('--keyboard-inset');
    };
  }, []);
}
