import { translator } from '@/lib/i18n/catalogue';
import type { Locale } from '@/lib/i18n/locales';
import { attachmentMessages } from '@/lib/i18n/messages/attachments';

/**
 * The gateway refuses request bodies above this. Photos travel inside that JSON body as base64
 * data URLs, so the limit applies to the encoded size, not to the JPEG bytes.
 */
export const GATEWAY_MAX_BODY_BYTES = 10_000_000;

/** What we let photos and text use: the rest of the body (model, ids, history) needs room too. */
export const ATTACHMENT_BUDGET_BYTES = 9_500_000;

/** More than this per message slows the model down more than it helps it. */
export const MAX_ATTACHMENTS = 8;

const DATA_URL_PREFIX = 'data:image/jpeg;base64,';

/** `{"type":"image_url","image_url":{"url":"…"}}` plus separators, rounded up generously. */
const PART_OVERHEAD_BYTES = 200;

/** JSON escapes quotes, newlines and (in Python-made bodies) non-ASCII, so text grows a little. */
const TEXT_GROWTH = 1.1;

export function base64Length(byteLength: number): number {
  return 4 * Math.ceil(byteLength / 3);
}

/**
 * Estimates the request body the server will send to the gateway for one message with these
 * photos and this much text. Deliberately rounds up: under-estimating means a refused turn.
 */
export function estimateGatewayBytes(imageByteSizes: number[], textLength: number): number {
  let total = 0;
  for (const size of imageByteSizes) total += base64Length(size) + DATA_URL_PREFIX.length + PART_OVERHEAD_BYTES;
  if (textLength > 0) total += Math.ceil(textLength * TEXT_GROWTH) + PART_OVERHEAD_BYTES;
  return total;
}

/** Decimal megabytes, because the gateway's limit is a decimal number of bytes. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export function overBudgetMessage(totalBytes: number, locale: Locale = 'en'): string {
  return translator(attachmentMessages, locale)('overBudget', { total: formatMegabytes(totalBytes), limit: formatMegabytes(ATTACHMENT_BUDGET_BYTES) });
}
