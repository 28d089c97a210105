import { AppError } from '@/lib/http/app-error';
import { handle } from '@/lib/http/handle';
import { MAX_SHARE_BYTES, storeSharedPhotos } from '@/lib/pwa/shared-photos';

/**
 * The manifest's share_target: photos shared to the installed app. Answers the service worker
 * (which re-posts the share sheet's form, asking for JSON) with where to go; a plain form post
 * gets the redirect to the new chat directly.
 */
export async function POST(req: Request): Promise<Response> {
  return handle(async () => {
    if (Number(req.headers.get('content-length') ?? '0') > MAX_SHARE_BYTES) throw new AppError('too_large', `A share is limited to ${MAX_SHARE_BYTES / 1e6} MB.`);
    const form = await req.formData().catch(() => {
      throw new AppError('bad_request', 'Send the photos as multipart form data.');
    });
    const shared = await storeSharedPhotos(form);
    if ((req.headers.get('accept') ?? '').includes('application/json')) return Response.json(shared, { status: 201 });
    return new Response(null, { status: 303, headers: { Location: shared.location } });
  });
}
