'use client';

import { useEffect, useRef } from 'react';
import { useLocale, useT } from '@/components/i18n/locale-provider';
import { attachmentMessages } from '@/lib/i18n/messages/attachments';
import { overBudgetMessage } from './budget';
import type { Attachment } from './use-attachments';

/** Named like the fields of useAttachments(), so `<AttachmentTray {...attachments} />` works. */
export interface AttachmentTrayProps {
  items: Attachment[];
  remove(id: string): void;
  busy: boolean;
  errors: string[];
  dismissError(index: number): void;
  overBudget?: boolean;
  totalBytes?: number;
  /** From useAttachmentDrop: shows a drop tile while files hover over the composer. */
  dragging?: boolean;
}

function CloseIcon() {
  return (
    <svg aria-hidden viewBox="0 0 24 24" className="size-3.5" fill="none" stroke="currentColor" strokeWidth={2.5} strokeLinecap="round">
      <path d="M6 6l12 12M18 6L6 18" />
    </svg>
  );
}

/**
 * Thumbnails above the composer. Scrolls sideways rather than wrapping, so eight photos on a
 * phone do not push the text field off screen.
 */
export function AttachmentTray({ items, remove, busy, errors, dismissError, overBudget = false, totalBytes = 0, dragging = false }: AttachmentTrayProps) {
  const t = useT(attachmentMessages);
  const locale = useLocale();
  const removeButtons = useRef<(HTMLButtonElement | null)[]>([]);
  const removedAt = useRef<number | null>(null);

  // The pressed button disappears with its photo; without this, focus falls to <body>.
  useEffect(() => {
    const index = removedAt.current;
    if (index === null) return;
    removedAt.current = null;
    removeButtons.current[Math.min(index, items.length - 1)]?.focus();
  }, [items]);

  const showRow = items.length > 0 || busy || dragging;
  if (!showRow && errors.length === 0 && !overBudget) return null;

  return (
    <div className="flex flex-col gap-2">
      {showRow ? (
        <ul aria-label={t('attached')} className="flex gap-2 overflow-x-auto overscroll-x-contain pb-1 pl-1 pr-2 pt-3">
          {items.map((item, index) => (
            <li key={item.id} className="relative shrink-0">
              {item.previewUrl ? (
                <img src={item.previewUrl} alt={t('photo', { n: index + 1 })} width={item.width} height={item.height} className="size-18 rounded-xl border border-line bg-raised object-cover" />
              ) : (
                <div role="img" aria-label={t('photo', { n: index + 1 })} className="size-18 rounded-xl border border-line bg-raised" />
              )}
              <button
                type="button"
                ref={(node) => {
                  removeButtons.current[index] = node;
                }}
                aria-label={t('removePhoto', { n: index + 1 })}
                onClick={() => {
                  removedAt.current = index;
                  remove(item.id);
                }}
                className="absolute -right-0.5 -top-2.5 grid size-11 place-items-center rounded-full"
              >
                <span className="grid size-6 place-items-center rounded-full border border-line bg-surface text-ink shadow-sm">
                  <CloseIcon />
                </span>
              </button>
            </li>
          ))}
          {busy ? (
            <li className="shrink-0">
              <div role="status" className="grid size-18 place-items-center rounded-xl border border-dashed border-line bg-raised">
                <span aria-hidden className="size-5 animate-spin rounded-full border-2 border-line border-t-accent motion-reduce:animate-none" />
                <span className="sr-only">{t('preparing')}</span>
              </div>
            </li>
          ) : null}
          {dragging ? (
            <li className="shrink-0">
              <div className="grid size-18 place-items-center rounded-xl border-2 border-dashed border-accent bg-surface px-1 text-center text-xs text-accent">{t('dropToAttach')}</div>
            </li>
          ) : null}
        </ul>
      ) : null}
      {overBudget ? (
        <p role="alert" className="rounded-lg bg-raised px-3 py-2 text-sm text-bad">
          {overBudgetMessage(totalBytes, locale)}
        </p>
      ) : null}
      {errors.map((message, index) => (
        <div key={`${index}-${message}`} role="alert" className="flex items-center gap-2 rounded-lg bg-raised pl-3 text-sm text-bad">
          <p className="flex-1 py-2">{message}</p>
          <button type="button" onClick={() => dismissError(index)} aria-label={t('dismiss', { message })} className="grid size-11 shrink-0 place-items-center text-muted">
            <CloseIcon />
          </button>
        </div>
      ))}
    </div>
  );
}
