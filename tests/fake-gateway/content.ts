import { isJsonObject, pyRepr, type JsonValue } from './json';

// Mirrors the gateway's `_normalize_chat_content` / `_normalize_multimodal_content` (docs §4.4).

const MAX_NORMALIZED_TEXT_LENGTH = 65_536;
const MAX_CONTENT_PARTS = 1_000;

export type TextPart = { type: 'text'; text: string };
export type ImagePart = { type: 'image_url'; image_url: { url: string } | { url: string; detail: string } };
/** A plain string for text-only content, the part list when an image is present. */
export type NormalizedContent = string | Array<TextPart | ImagePart>;

export class ContentError extends Error {
  constructor(
    readonly code: 'unsupported_content_type' | 'invalid_image_url' | 'invalid_content_part',
    message: string,
  ) {
    super(message);
  }
}

const TEXT_TYPES = new Set(['text', 'input_text', 'output_text']);
const IMAGE_TYPES = new Set(['image_url', 'input_image']);
const FILE_TYPES = new Set(['file', 'input_file']);

function clip(text: string): string {
  return text.slice(0, MAX_NORMALIZED_TEXT_LENGTH);
}

/** Python's `str(value)`. */
function pyStr(value: JsonValue): string {
  return typeof value === 'string' ? value : pyRepr(value);
}

/** Python truthiness, for the gateway's `value or ""` and `if value:` checks. */
function isTruthy(value: JsonValue): boolean {
  if (value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return Boolean(value);
}

function partType(value: JsonValue | undefined): string {
  return value !== undefined && isTruthy(value) ? pyStr(value).trim().toLowerCase() : '';
}

/** Text-only flattening used for system messages: image parts are dropped silently. */
export function flattenText(content: JsonValue | undefined, depth = 0): string {
  if (content === undefined || content === null || depth > 10) return '';
  if (!Array.isArray(content)) return clip(pyStr(content));
  const parts: string[] = [];
  for (const item of content.slice(0, MAX_CONTENT_PARTS)) {
    if (typeof item === 'string') {
      if (item) parts.push(clip(item));
    } else if (Array.isArray(item)) {
      const nested = flattenText(item, depth + 1);
      if (nested) parts.push(nested);
    } else if (isJsonObject(item) && TEXT_TYPES.has(partType(item.type))) {
      const text = item.text;
      if (text !== undefined && isTruthy(text)) parts.push(clip(pyStr(text)));
    }
    if (parts.reduce((sum, part) => sum + part.length, 0) >= MAX_NORMALIZED_TEXT_LENGTH) break;
  }
  return clip(parts.join('\n'));
}

function imagePart(part: Record<string, JsonValue>): ImagePart {
  const ref = part.image_url;
  let detail = part.detail;
  let url: JsonValue | undefined = ref;
  if (isJsonObject(ref)) {
    url = ref.url;
    if ('detail' in ref) detail = ref.detail;
  }
  if (typeof url !== 'string' || !url.trim()) {
    throw new ContentError('invalid_image_url', 'Image parts must include a non-empty image URL.');
  }
  const trimmed = url.trim();
  const lowered = trimmed.toLowerCase();
  if (lowered.startsWith('data:')) {
    if (!lowered.startsWith('data:image/') || !trimmed.includes(',')) {
      throw new ContentError('unsupported_content_type', 'Only image data URLs are supported. Non-image data payloads are not supported.');
    }
  } else if (!lowered.startsWith('http://') && !lowered.startsWith('https://')) {
    throw new ContentError('invalid_image_url', 'Image inputs must use http(s) URLs or data:image/... URLs.');
  }
  if (detail === undefined || detail === null) return { type: 'image_url', image_url: { url: trimmed } };
  if (typeof detail !== 'string' || !detail.trim()) {
    throw new ContentError('invalid_content_part', 'Image detail must be a non-empty string when provided.');
  }
  return { type: 'image_url', image_url: { url: trimmed, detail: detail.trim() } };
}

/** Validates and normalizes user/assistant content; throws ContentError on the gateway's 400 cases. */
export function normalizeContent(content: JsonValue | undefined): NormalizedContent {
  if (!Array.isArray(content)) return flattenText(content);
  const parts: Array<TextPart | ImagePart> = [];
  for (const part of content.slice(0, MAX_CONTENT_PARTS)) {
    if (typeof part === 'string') {
      if (part) parts.push({ type: 'text', text: clip(part) });
      continue;
    }
    // Unknown scalars are ignored for forward compatibility, as the gateway does.
    if (!isJsonObject(part)) continue;
    const type = partType(part.type);
    if (TEXT_TYPES.has(type)) {
      const text = part.text === undefined || part.text === null ? '' : pyStr(part.text);
      if (text) parts.push({ type: 'text', text: clip(text) });
    } else if (IMAGE_TYPES.has(type)) {
      parts.push(imagePart(part));
    } else if (FILE_TYPES.has(type)) {
      throw new ContentError(
        'unsupported_content_type',
        'Inline image inputs are supported, but uploaded files and document inputs are not supported on this endpoint.',
      );
    } else {
      throw new ContentError(
        'unsupported_content_type',
        `Unsupported content part type ${pyRepr(part.type ?? null)}. Only text and image_url/input_image parts are supported.`,
      );
    }
  }
  if (parts.every((part) => part.type === 'text')) return parts.map((part) => part.text).join('\n');
  return parts;
}

/** True when the content has any non-blank text or an image (the gateway rejects empty turns). */
export function hasVisiblePayload(content: NormalizedContent): boolean {
  if (typeof content === 'string') return content.trim() !== '';
  return content.some((part) => part.type === 'image_url' || part.text.trim() !== '');
}

export function contentText(content: NormalizedContent): string {
  if (typeof content === 'string') return content;
  return content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('\n');
}

export function contentImages(content: NormalizedContent): string[] {
  if (typeof content === 'string') return [];
  return content.flatMap((part) => (part.type === 'image_url' ? [part.image_url.url] : []));
}
