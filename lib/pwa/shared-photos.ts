import { AppError } from '@/lib/http/app-error';
import { MAX_UPLOAD_BYTES, saveUpload } from '@/lib/store/uploads';
import { SHARE_TARGET_FIELD, START_URL } from './manifest';

/** As many photos as one chat message takes (components/chat/attachments/budget.ts MAX_ATTACHMENTS). */
export const MAX_SHARED_PHOTOS = 8;

/** A share of MAX_SHARED_PHOTOS full-size photos plus the multipart framing; more is refused unread. */
export const MAX_SHARE_BYTES = MAX_SHARED_PHOTOS * MAX_UPLOAD_BYTES + 100_000;

export interface SharedPhotos {
  photoIds: string[];
  /** Files that were not kept, each with the reason a person can read. */
  skipped: { name: string; reason: string }[];
  /** Where to go next: a new chat with the kept photos attached. */
  location: string;
}

/** `/chat?photo=<id>&photo=<id>`: the chat screen attaches stored uploads named this way. */
export function chatLocationWithPhotos(photoIds: readonly string[]): string {
  return `${START_URL}?${new URLSearchParams(photoIds.map((id) => ['photo', id]))}`;
}

/**
 * Stores the images of a share (the manifest's share_target posts them in the `photos` field) as
 * chat uploads. Files that are not a JPEG, PNG, WebP or GIF, or are too large, are skipped and
 * named; throws AppError bad_request when not one photo could be kept.
 */
export async function storeSharedPhotos(form: FormData): Promise<SharedPhotos> {
  const files = form.getAll(SHARE_TARGET_FIELD).filter((value): value is File => typeof value !== 'string');
  if (files.length === 0) throw new AppError('bad_request', `Share at least one photo (multipart field "${SHARE_TARGET_FIELD}").`);
  const photoIds: string[] = [];
  const skipped: SharedPhotos['skipped'] = [];
  for (const [index, file] of files.entries()) {
    if (index >= MAX_SHARED_PHOTOS) {
      skipped.push({ name: file.name, reason: `Only ${MAX_SHARED_PHOTOS} photos fit in one message.` });
      continue;
    }
    try {
      photoIds.push(saveUpload(Buffer.from(await file.arrayBuffer())).id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      skipped.push({ name: file.name, reason: error.message });
    }
  }
  if (photoIds.length === 0) throw new AppError('bad_request', skipped[0]?.reason ?? 'No photo could be kept.');
  return { photoIds, skipped, location: chatLocationWithPhotos(photoIds) };
}
