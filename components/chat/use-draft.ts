'use client';

import { useCallback, useEffect, useState } from 'react';

const PREFIX = 'paddock:draft:';

/** The composer's text, kept in localStorage per conversation so a reload or a crash loses nothing. */
export function useDraft(conversationId: string, initial = ''): [string, (text: string) => void] {
  const key = PREFIX + conversationId;
  const [text, setText] = useState('');
  useEffect(() => {
    setText(localStorage.getItem(key) ?? initial);
  }, [key, initial]);
  const update = useCallback(
    (next: string) => {
      setText(next);
      try {
        if (next) localStorage.setItem(key, next);
        else localStorage.removeItem(key);
      } catch {
        // Storage full or blocked (private mode): the draft still lives in memory.
      }
    },
    [key],
  );
  return [text, update];
}
