'use client';

import { useEffect, useRef, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { sessionMessages } from '@/lib/i18n/messages/sessions';
import type { TranscriptMessage as Message } from '@/lib/hermes-home';
import { TranscriptMessage } from './transcript-message';

/** Messages added each time the reader nears the end of what is shown. */
const STEP_MESSAGES = 24;
/** How close (below the screen) the end of the shown messages may come before more are added. */
const AHEAD_MARGIN = '0px 0px 150% 0px';

/**
 * The messages after the first screen. Rendering Markdown for hundreds of messages would hold the
 * page back on the server and fill the phone's DOM with text nobody has scrolled to, so the server
 * sends only the first screen and these are added here, a step at a time, as the reader scrolls
 * towards them. A highlighted message is always in the first screen, so none here is.
 */
export function TranscriptTail({ messages }: { messages: Message[] }) {
  // 0 on the server and in the first client render, so hydration matches the server's HTML.
  const t = useT(sessionMessages);
  const [shown, setShown] = useState(0);
  const sentinel = useRef<HTMLLIElement>(null);
  const more = shown < messages.length;

  useEffect(() => {
    const el = sentinel.current;
    if (!el) return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setShown((n) => Math.min(messages.length, n + STEP_MESSAGES));
    }, { rootMargin: AHEAD_MARGIN });
    io.observe(el);
    return () => io.disconnect();
  }, [messages.length, shown]);

  return (
    <>
      {messages.slice(0, shown).map((m) => (
        <TranscriptMessage key={m.id} message={m} highlighted={false} />
      ))}
      {more ? (
        <li ref={sentinel} data-part="rest-pending" className="p-2 text-sm text-muted">
          {t('moreMessages', { count: messages.length - shown })}
        </li>
      ) : null}
    </>
  );
}
