import { hasHeicTypeOrName, isHeic } from './detect-heic';
import { downscaleImage, type DownscaledImage } from './downscale-image';

export type PrepareResult = { ok: true; image: DownscaledImage } | { ok: false; message: string };

export const HEIC_MESSAGE = 'This photo is HEIC, which this browser cannot open. Export it as JPEG, or attach it from Safari.';

function label(file: File): string {
  return file.name || 'this file';
}

export function unreadableMessage(file: File): string {
  return `Could not read ${label(file)} as an image.`;
}

export function notImageMessage(file: File): string {
  return `${label(file)} is not an image, so it was not attached.`;
}

export function tooManyMessage(max: number, leftOut: number): string {
  return `You can attach up to ${max} photos per message. ${leftOut === 1 ? '1 photo was' : `${leftOut} photos were`} left out.`;
}

/**
 * Answers before any decoding whether a file is worth trying. An empty or generic type is
 * tried anyway: Chrome reports .heic and some dragged files that way.
 */
export function rejectNonImage(file: File): string | null {
  const type = file.type.toLowerCase();
  if (type === '' || type === 'application/octet-stream' || type.startsWith('image/') || hasHeicTypeOrName(file)) return null;
  return notImageMessage(file);
}

/**
 * Downscales one file, turning every failure into a sentence for the user. HEIC is checked only
 * after decoding fails, so Safari, which can open HEIC, still just works.
 */
export async function preparePhoto(file: File): Promise<PrepareResult> {
  try {
    return { ok: true, image: await downscaleImage(file) };
  } catch {
    const heic = await isHeic(file).catch(() => false);
    return { ok: false, message: heic ? HEIC_MESSAGE : unreadableMessage(file) };
  }
}
