import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The real index is ~40 MB for ~90,000 skills (2026); anything far larger is not it. */
export const MAX_INDEX_BYTES = 256 * 1024 * 1024;
export const INDEX_DOWNLOAD_TIMEOUT_MS = 120_000;

/** Validators from the last download, sent back so an unchanged index costs one small request. */
export interface IndexValidators {
  etag: string | null;
  lastModified: string | null;
}

export type IndexDownload = { changed: false } | { changed: true; text: string; validators: IndexValidators };

async function readBody(response: Response, signal: AbortSignal): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_INDEX_BYTES) throw new Error(`the index is ${Math.round(declared / 1e6)} MB, over the ${MAX_INDEX_BYTES / 1024 / 1024} MB limit`);
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    if (signal.aborted) throw new Error('the download timed out');
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_INDEX_BYTES) {
      await reader.cancel();
      throw new Error(`the index is over the ${MAX_INDEX_BYTES / 1024 / 1024} MB limit`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function fromFile(url: string, previous: IndexValidators | null): Promise<IndexDownload> {
  const file = fileURLToPath(url);
  const stat = await fs.stat(file);
  if (stat.size > MAX_INDEX_BYTES) throw new Error(`${file} is over the ${MAX_INDEX_BYTES / 1024 / 1024} MB limit`);
  const lastModified = new Date(stat.mtimeMs).toUTCString();
  if (previous?.lastModified === lastModified) return { changed: false };
  return { changed: true, text: await fs.readFile(file, 'utf8'), validators: { etag: null, lastModified } };
}

async function fromHttp(url: string, previous: IndexValidators | null): Promise<IndexDownload> {
  const signal = AbortSignal.timeout(INDEX_DOWNLOAD_TIMEOUT_MS);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (previous?.etag) headers['If-None-Match'] = previous.etag;
  if (previous?.lastModified) headers['If-Modified-Since'] = previous.lastModified;
  let response: Response;
  try {
    response = await fetch(url, { headers, signal });
  } catch (error) {
    throw new Error(signal.aborted ? 'no answer in time' : 'it cannot be reached (offline?)', { cause: error });
  }
  if (response.status === 304) {
    await response.body?.cancel();
    return { changed: false };
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`it answered HTTP ${response.status}`);
  }
  const text = await readBody(response, signal);
  return { changed: true, text, validators: { etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') } };
}

/**
 * Downloads the skills index from an http(s): or file: URL, conditionally when validators from the
 * last download are given. Throws an Error whose message says, in words, why it failed.
 */
export function downloadIndex(url: string, previous: IndexValidators | null): Promise<IndexDownload> {
  return url.startsWith('file:') ? fromFile(url, previous) : fromHttp(url, previous);
}
