'use client';

import { usePathname, useRouter } from 'next/navigation';
import { type KeyboardEvent as ReactKeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import type { QuickOpenIndex } from '@/lib/files/types';
import { fileMessages } from '@/lib/i18n/messages/files';
import { fetchQuickOpenIndex, filesHref } from './files-api';
import { rankPaths, type Match } from './fuzzy-match';
import { confirmLeaving } from './unsaved-changes';

/** Opening quick open from elsewhere (the editor binds Cmd+P inside Monaco) dispatches this on window. */
export const QUICK_OPEN_EVENT = 'paddock:quick-open';

function Highlighted({ match }: { match: Match }) {
  const marked = new Set(match.positions);
  return (
    <>
      {[...match.path].map((char, index) =>
        marked.has(index) ? (
          <mark key={index} className="bg-transparent font-semibold text-accent">
            {char}
          </mark>
        ) : (
          char
        ),
      )}
    </>
  );
}

/**
 * "Open…" button and Cmd/Ctrl+P: a box to type part of a file's name, with the best matches from
 * the whole tree. It opens files in the editor when used from the editor, else in the viewer.
 */
export function QuickOpen() {
  const t = useT(fileMessages);
  const router = useRouter();
  const inEditor = usePathname().startsWith('/files/edit');
  const [open, setOpen] = useState(false);
  const [index, setIndex] = useState<QuickOpenIndex | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  const show = useCallback(() => {
    setOpen(true);
    setQuery('');
    setActive(0);
    setError(null);
    // Fetched on every opening: the agent adds files while Paddock runs.
    fetchQuickOpenIndex().then(setIndex, (e: unknown) => setError(e instanceof Error ? e.message : t('fileListFailed')));
  }, [t]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'p') {
        event.preventDefault();
        show();
      }
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener(QUICK_OPEN_EVENT, show);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(QUICK_OPEN_EVENT, show);
    };
  }, [show]);

  useEffect(() => {
    if (open) input.current?.focus();
  }, [open]);

  const matches = useMemo(() => (index ? rankPaths(query, index.files) : []), [index, query]);

  const choose = (path: string) => {
    setOpen(false);
    if (!confirmLeaving()) return;
    router.push(inEditor ? filesHref.edit(path) : filesHref.view(path));
  };

  const onKeyDown = (event: ReactKeyboardEvent) => {
    if (event.key === 'Escape') setOpen(false);
    else if (event.key === 'ArrowDown') setActive((a) => Math.min(a + 1, matches.length - 1));
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (event.key === 'Enter' && matches[active]) choose(matches[active].path);
    else return;
    event.preventDefault();
  };

  return (
    <>
      <button type="button" onClick={show} className="flex min-h-11 items-center gap-2 rounded-xl border border-line bg-surface px-3 text-sm font-medium hover:bg-raised">
        {t('open')}
        <kbd className="hidden rounded border border-line px-1 font-sans text-xs text-muted md:inline">⌘P</kbd>
      </button>
      {open ? (
        <div className="fixed inset-0 z-40 flex items-start justify-center bg-black/40 px-3 pt-[max(1rem,env(safe-area-inset-top))] md:pt-24" onMouseDown={() => setOpen(false)}>
          <div role="dialog" aria-modal="true" aria-label={t('quickOpen')} className="w-full max-w-xl overflow-hidden rounded-2xl border border-line bg-surface shadow-xl" onMouseDown={(e) => e.stopPropagation()}>
            <input
              ref={input}
              type="search"
              aria-label={t('fileName')}
              placeholder={t('typeFileName')}
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setActive(0);
              }}
              onKeyDown={onKeyDown}
              className="h-12 w-full border-b border-line bg-transparent px-4 text-base outline-none"
            />
            <ul role="listbox" aria-label={t('matchingFiles')} className="max-h-[60dvh] overflow-y-auto py-1">
              {error ? <li className="px-4 py-3 text-sm text-bad">{error}</li> : null}
              {!error && !index ? <li className="px-4 py-3 text-sm text-muted">{t('loadingFileList')}</li> : null}
              {index && matches.length === 0 ? <li className="px-4 py-3 text-sm text-muted">{t('noFileMatches')}</li> : null}
              {matches.map((match, i) => (
                <li key={match.path} role="option" aria-selected={i === active}>
                  <button
                    type="button"
                    onClick={() => choose(match.path)}
                    onMouseEnter={() => setActive(i)}
                    className={`block min-h-11 w-full truncate px-4 py-2 text-left font-mono text-sm ${i === active ? 'bg-raised' : ''}`}
                  >
                    <Highlighted match={match} />
                  </button>
                </li>
              ))}
              {index?.truncated ? <li className="px-4 py-2 text-xs text-muted">{t('onlyFirstFiles', { count: index.files.length })}</li> : null}
            </ul>
          </div>
        </div>
      ) : null}
    </>
  );
}
