import { AppError } from '@/lib/http/app-error';
import { handle } from '@/lib/http/handle';
import { MAX_UPLOAD_BYTES, saveUpload } from '@/lib/store/uploads';

/** Keeps one photo (already downscaled by the browser) for a message about to be sent. */
export async function POST(req: Request): Promise<Response> {
  return handle(async () => {
    const declared = Number(req.headers.get('content-length') ?? '0');
    if (declared > MAX_UPLOAD_BYTES + 10_000) throw new AppError('too_large', `The photo is over the ${MAX_UPLOAD_BYTES / 1e6} MB limit.`);
    const form = await req.formData().catch(() => {
      throw new AppError('bad_request', 'Send the photo as multipart form data in a field named "file".');
    });
    const file = form.get('file');
    if (!(file instanceof Blob)) throw new AppError('bad_request', 'Send the photo in a field named "file".');
    return Response.json(saveUpload(Buffer.from(await file.arrayBuffer())), { status: 201 });
  });
}
