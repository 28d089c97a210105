'use client';

import { useEffect } from 'react';

/** Brings the message a search result pointed at into the middle of the screen. */
export function ScrollToMessage({ messageId }: { messageId: number }) {
  useEffect(() => {
    const el = document.getElementById(`m-${messageId}`);
    // A message taller than the screen is read from its start; a short one sits in the middle.
    if (el) el.scrollIntoView({ block: el.offsetHeight > window.innerHeight * 0.6 ? 'start' : 'center' });
  }, [messageId]);
  return null;
}
