'use client';

import { useRef, type FormEvent, type KeyboardEvent } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { chatMessages } from '@/lib/i18n/messages/chat';
import { AttachButtons } from './attachments/attach-buttons';
import { AttachmentTray } from './attachments/attachment-tray';
import { MAX_ATTACHMENTS } from './attachments/budget';
import { useAttachmentDrop } from './attachments/use-attachment-drop';
import { useAttachments } from './attachments/use-attachments';
import type { Draft } from './use-chat';
import { useDraft } from './use-draft';
import { useSharedPhotos } from './use-shared-photos';

export interface ComposerProps {
  busy: boolean;
  onSend: (draft: Draft) => Promise<void>;
  onStop: () => void;
  initialDraft?: string;
  initialPhotoIds?: string[];
  /** Where the draft is kept: the conversation id, or one shared slot for a not-yet-started chat. */
  draftKey: string;
}

/**
 * Text and photos for the next message, pinned above the keyboard (and above the tab bar on the
 * phone). Enter sends where there is a real keyboard; on touch screens Enter is a newline and the
 * Send button sends.
 */
export function Composer({ busy, onSend, onStop, initialDraft, initialPhotoIds, draftKey }: ComposerProps) {
  const t = useT(chatMessages);
  const [text, setText] = useDraft(draftKey, initialDraft);
  const attachments = useAttachments({ textLength: text.length });
  const form = useRef<HTMLFormElement>(null);
  const { dragging } = useAttachmentDrop(form, attachments.addFiles);
  useSharedPhotos(initialPhotoIds, attachments.addFiles);
  const empty = !text.trim() && attachments.items.length === 0;
  const blocked = busy || empty || attachments.busy || attachments.overBudget;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (blocked) return;
    const draft: Draft = { text: text.trim(), photos: attachments.items.map((item) => ({ blob: item.blob, url: URL.createObjectURL(item.blob) })) };
    setText('');
    attachments.clear();
    void onSend(draft);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    const realKeyboard = window.matchMedia('(pointer: fine)').matches;
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing && realKeyboard) submit(event);
  };

  return (
    <form
      ref={form}
      onSubmit={submit}
      aria-label={t('composer')}
      className={`sticky bottom-[max(calc(3.5rem+env(safe-area-inset-bottom)),var(--keyboard-inset,0px))] z-10 border-t border-line bg-bg/95 px-3 pb-2 pt-2 backdrop-blur md:bottom-0 md:px-8 md:pb-4`}
    >
      <div className="mx-auto flex max-w-3xl flex-col gap-2">
        <AttachmentTray {...attachments} dragging={dragging} />
        <div className="flex items-end gap-1.5">
          <AttachButtons onFiles={attachments.addFiles} disabled={attachments.busy || attachments.items.length >= MAX_ATTACHMENTS} />
          <label htmlFor="composer-text" className="sr-only">
            {t('message')}
          </label>
          <textarea
            id="composer-text"
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={onKeyDown}
            rows={1}
            placeholder={t('placeholder')}
            enterKeyHint="enter"
            className="max-h-48 min-h-11 flex-1 resize-none rounded-2xl border border-line bg-surface px-3.5 py-2.5 text-base leading-6 outline-none [field-sizing:content] focus:border-accent"
          />
          {busy ? (
            <button type="button" onClick={onStop} aria-label={t('stop')} className="grid size-11 shrink-0 place-items-center rounded-full bg-ink text-bg">
              <span aria-hidden className="size-3.5 rounded-sm bg-bg" />
            </button>
          ) : (
            <button type="submit" disabled={blocked} aria-label={t('send')} className="grid size-11 shrink-0 place-items-center rounded-full bg-accent text-accent-ink disabled:opacity-40">
              <svg aria-hidden viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth={2.2} strokeLinecap="round" strokeLinejoin="round">
                <path d="M12 19V5M5 12l7-7 7 7" />
              </svg>
            </button>
          )}
        </div>
      </div>
    </form>
  );
}
