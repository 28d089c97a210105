import type { ContentPart } from '@/lib/gateway/chat-stream';
import { AppError } from '@/lib/http/app-error';
import { readUpload } from '@/lib/store/uploads';

/** The gateway's MAX_REQUEST_BYTES; a body over it is refused with 413. */
export const GATEWAY_MAX_BODY_BYTES = 10_000_000;
const ENVELOPE_BYTES = 1_000;

/**
 * Builds the user message for the gateway: text, plus each stored photo as a data URL. Throws
 * AppError too_large before anything is sent when the request would exceed the gateway's limit.
 */
export function buildTurnContent(text: string, imageIds: readonly string[]): string | ContentPart[] {
  if (imageIds.length === 0) return text;
  const parts: ContentPart[] = [];
  if (text.trim()) parts.push({ type: 'text', text });
  let bytes = ENVELOPE_BYTES + Buffer.byteLength(JSON.stringify(text));
  for (const id of imageIds) {
    const image = readUpload(id);
    const url = `data:${image.mime};base64,${image.data.toString('base64')}`;
    bytes += url.length + 64;
    parts.push({ type: 'image_url', image_url: { url } });
  }
  if (bytes > GATEWAY_MAX_BODY_BYTES) {
    throw new AppError('too_large', `These photos add up to ${(bytes / 1e6).toFixed(1)} MB, over the gateway's 10 MB limit. Send fewer at a time.`);
  }
  return parts;
}
