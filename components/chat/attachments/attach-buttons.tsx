'use client';

import { useRef, type ChangeEvent } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { attachmentMessages } from '@/lib/i18n/messages/attachments';

/** What the server and the downscaler accept; HEIC is left out so iOS converts it to JPEG when picking. */
export const ACCEPTED_IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/gif';

export interface AttachButtonsProps {
  onFiles(files: File[]): void;
  disabled?: boolean;
  /**
   * `capture` is ignored on a Mac, where "Take photo" would open the same file picker as
   * "Choose photos"; by default the camera button only shows with a touch screen as main pointer.
   */
  cameraOnTouchOnly?: boolean;
}

const BUTTON = 'grid size-11 shrink-0 place-items-center rounded-full text-muted hover:text-ink disabled:opacity-40';

const ICONS = {
  camera: 'M4 8h3l2-3h6l2 3h3v11H4zM12 16.5a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7z',
  library: 'M4 5h16v14H4zM4 15l4-4 4 4 3-3 5 5M15.5 9.5h.01',
} as const;

function Icon({ name }: { name: keyof typeof ICONS }) {
  return (
    <svg aria-hidden viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round">
      <path d={ICONS[name]} />
    </svg>
  );
}

/**
 * Visible buttons open hidden file inputs: a styled <label> cannot be disabled or focused
 * like a button, and the bare input cannot be styled.
 */
export function AttachButtons({ onFiles, disabled = false, cameraOnTouchOnly = true }: AttachButtonsProps) {
  const t = useT(attachmentMessages);
  const camera = useRef<HTMLInputElement>(null);
  const library = useRef<HTMLInputElement>(null);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    // Cleared so that picking the same photo again still fires change.
    event.target.value = '';
    if (files.length > 0) onFiles(files);
  };

  return (
    <div className="flex items-center">
      <button type="button" aria-label={t('takePhoto')} title={t('takePhoto')} disabled={disabled} onClick={() => camera.current?.click()} className={`${BUTTON} ${cameraOnTouchOnly ? 'pointer-fine:hidden' : ''}`}>
        <Icon name="camera" />
      </button>
      <input ref={camera} type="file" accept={ACCEPTED_IMAGE_TYPES} capture="environment" multiple hidden tabIndex={-1} data-attach-input="camera" onChange={onChange} />
      <button type="button" aria-label={t('choosePhotos')} title={t('choosePhotos')} disabled={disabled} onClick={() => library.current?.click()} className={BUTTON}>
        <Icon name="library" />
      </button>
      <input ref={library} type="file" accept={ACCEPTED_IMAGE_TYPES} multiple hidden tabIndex={-1} data-attach-input="library" onChange={onChange} />
    </div>
  );
}
