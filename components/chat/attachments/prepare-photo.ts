import { hasHeicTypeOrName, isHeic } from './detect-heic';
import { downscaleImage, type DownscaledImage } from './downscale-image';
import { translator } from '@/lib/i18n/catalogue';
import type { Locale } from '@/lib/i18n/locales';
import { attachmentMessages } from '@/lib/i18n/messages/attachments';

export type PrepareResult = { ok: true; image: DownscaledImage } | { ok: false; message: string };

export function heicMessage(locale: Locale = 'en'): string {
  return translator(attachmentMessages, locale)('heic');
}

/** The English sentence, as the tests and logs know it. */
export const HEIC_MESSAGE = heicMessage();

function label(file: File, locale: Locale): string {
  return file.name || translator(attachmentMessages, locale)('thisFile');
}

export function unreadableMessage(file: File, locale: Locale = 'en'): string {
  return translator(attachmentMessages, locale)('unreadable', { name: label(file, locale) });
}

export function notImageMessage(file: File, locale: Locale = 'en'): string {
  return translator(attachmentMessages, locale)('notImage', { name: label(file, locale) });
}

export function tooManyMessage(max: number, leftOut: number, locale: Locale = 'en'): string {
  return translator(attachmentMessages, locale)('tooMany', { max, count: leftOut });
}

/**
 * Answers before any decoding whether a file is worth trying. An empty or generic type is
 * tried anyway: Chrome reports .heic and some dragged files that way.
 */
export function rejectNonImage(file: File, locale: Locale = 'en'): string | null {
  const type = file.type.toLowerCase();
  if (type === '' || type === 'application/octet-stream' || type.startsWith('image/') || hasHeicTypeOrName(file)) return null;
  return notImageMessage(file, locale);
}

/**
 * Downscales one file, turning every failure into a sentence for the user. HEIC is checked only
 * after decoding fails, so Safari, which can open HEIC, still just works.
 */
export async function preparePhoto(file: File, locale: Locale = 'en'): Promise<PrepareResult> {
  try {
    return { ok: true, image: await downscaleImage(file) };
  } catch {
    const heic = await isHeic(file).catch(() => false);
    return { ok: false, message: heic ? heicMessage(locale) : unreadableMessage(file, locale) };
  }
}
