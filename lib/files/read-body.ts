import { AppError } from '@/lib/http/app-error';

/**
 * Reads a JSON body of at most `maxBytes`, counting while it arrives so a huge body is refused
 * (413) without being held in memory. Not JSON → 400.
 */
export async function readJsonLimited(req: Request, maxBytes: number): Promise<unknown> {
  if (!(req.headers.get('content-type') ?? '').includes('application/json')) {
    throw new AppError('bad_request', 'Send JSON with Content-Type: application/json.');
  }
  const tooLarge = () => new AppError('too_large', `The request is larger than ${Math.round(maxBytes / (1024 * 1024))} MB.`);
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = req.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.');
  }
}
