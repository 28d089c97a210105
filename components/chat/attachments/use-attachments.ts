'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocale } from '@/components/i18n/locale-provider';
import { ATTACHMENT_BUDGET_BYTES, estimateGatewayBytes, MAX_ATTACHMENTS } from './budget';
import { preparePhoto, rejectNonImage, tooManyMessage } from './prepare-photo';

export interface Attachment {
  id: string;
  /** Always a downscaled JPEG, whatever was picked. */
  blob: Blob;
  /** Object URL for the thumbnail; empty while the screen is hidden. */
  previewUrl: string;
  width: number;
  height: number;
  /** The original file name, for messages. */
  name: string;
}

export interface UseAttachmentsOptions {
  /** Length of the draft text, so the size estimate covers the whole message. */
  textLength?: number;
  max?: number;
}

export interface AttachmentsState {
  items: Attachment[];
  addFiles(files: FileList | File[]): Promise<void>;
  remove(id: string): void;
  /** Drops photos and messages, e.g. after sending. Photos still being prepared are discarded. */
  clear(): void;
  errors: string[];
  dismissError(index: number): void;
  /** True when `totalBytes` is past ATTACHMENT_BUDGET_BYTES: the gateway would refuse the turn. */
  overBudget: boolean;
  /** Estimated gateway request bytes for these photos and the draft text (see estimateGatewayBytes). */
  totalBytes: number;
  /** True while any picked photo is still being decoded and downscaled. */
  busy: boolean;
}

let counter = 0;

/** Local ids only; crypto.randomUUID is missing on plain-http LAN origins. */
function nextId(): string {
  counter += 1;
  return `attachment-${Date.now().toString(36)}-${counter}`;
}

/**
 * The composer's photos: picks are downscaled one at a time, because decoding several 12 MP
 * photos at once can get a tab killed on an iPhone, and each appears as soon as it is ready.
 */
export function useAttachments(options: UseAttachmentsOptions = {}): AttachmentsState {
  const { textLength = 0, max = MAX_ATTACHMENTS } = options;
  const locale = useLocale();
  const [items, setItems] = useState<Attachment[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [pending, setPending] = useState(0);
  // Refs mirror state so concurrent addFiles calls see slots taken a moment ago.
  const itemsRef = useRef<Attachment[]>([]);
  const reserved = useRef(0);
  const generation = useRef(0);
  const mounted = useRef(false);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const commit = useCallback((next: Attachment[]) => {
    itemsRef.current = next;
    setItems(next);
  }, []);

  useEffect(() => {
    mounted.current = true;
    // State outlives effects when <Activity> hides the screen (and in StrictMode's rehearsal):
    // the cleanup revoked the URLs, so mint fresh ones for whatever is still attached.
    if (itemsRef.current.length > 0) commit(itemsRef.current.map((item) => ({ ...item, previewUrl: URL.createObjectURL(item.blob) })));
    return () => {
      mounted.current = false;
      for (const item of itemsRef.current) if (item.previewUrl) URL.revokeObjectURL(item.previewUrl);
    };
  }, [commit]);

  const addFiles = useCallback(
    async (files: FileList | File[]) => {
      const problems: string[] = [];
      const images: File[] = [];
      for (const file of Array.from(files)) {
        const rejection = rejectNonImage(file, locale);
        if (rejection) problems.push(rejection);
        else images.push(file);
      }
      const room = Math.max(0, max - itemsRef.current.length - reserved.current);
      const accepted = images.slice(0, room);
      if (images.length > room) problems.push(tooManyMessage(max, images.length - room, locale));
      if (problems.length > 0) setErrors((current) => [...current, ...problems]);
      if (accepted.length === 0) return;

      reserved.current += accepted.length;
      setPending(reserved.current);
      const gen = generation.current;
      const run = async () => {
        for (const file of accepted) {
          try {
            if (gen !== generation.current) continue;
            const result = await preparePhoto(file, locale);
            if (gen !== generation.current) continue;
            if (!result.ok) {
              setErrors((current) => [...current, result.message]);
              continue;
            }
            const { blob, width, height } = result.image;
            const previewUrl = mounted.current ? URL.createObjectURL(blob) : '';
            commit([...itemsRef.current, { id: nextId(), blob, previewUrl, width, height, name: file.name }]);
          } finally {
            reserved.current -= 1;
            setPending(reserved.current);
          }
        }
      };
      const job = queue.current.then(run);
      queue.current = job.catch(() => undefined);
      await job;
    },
    [commit, max, locale],
  );

  const remove = useCallback(
    (id: string) => {
      const gone = itemsRef.current.find((item) => item.id === id);
      if (!gone) return;
      if (gone.previewUrl) URL.revokeObjectURL(gone.previewUrl);
      commit(itemsRef.current.filter((item) => item.id !== id));
    },
    [commit],
  );

  const clear = useCallback(() => {
    generation.current += 1;
    for (const item of itemsRef.current) if (item.previewUrl) URL.revokeObjectURL(item.previewUrl);
    commit([]);
    setErrors([]);
  }, [commit]);

  const dismissError = useCallback((index: number) => {
    setErrors((current) => current.filter((_, i) => i !== index));
  }, []);

  const totalBytes = useMemo(
    () => (items.length === 0 ? 0 : estimateGatewayBytes(items.map((item) => item.blob.size), textLength)),
    [items, textLength],
  );

  return { items, addFiles, remove, clear, errors, dismissError, overBudget: totalBytes > ATTACHMENT_BUDGET_BYTES, totalBytes, busy: pending > 0 };
}
