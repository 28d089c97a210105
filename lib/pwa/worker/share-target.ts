/// <reference lib="webworker" />
import type { RouteHandlerCallbackOptions } from 'serwist';
import { SHARE_TARGET_ACTION, START_URL } from '../manifest';

/**
 * A photo shared to the installed app arrives as a POST navigation from the system share sheet.
 * Such a navigation may carry `Origin: null`, which the server's CSRF check refuses, so the worker
 * re-posts the form itself (same origin) and turns the server's answer into a redirect to the new
 * chat with the photos attached. A navigation that names a foreign origin is a cross-site form,
 * not a share, and is refused here.
 */
export function createShareHandler(origin: string) {
  return async function forwardShare({ request }: RouteHandlerCallbackOptions): Promise<Response> {
    const claimed = request.headers.get('origin');
    if (claimed && claimed !== 'null' && claimed !== origin) return new Response('A share must come from the system share sheet.', { status: 403 });
    const form = await request.formData();
    const reply = await fetch(SHARE_TARGET_ACTION, { method: 'POST', body: form, credentials: 'same-origin', headers: { Accept: 'application/json' } }).catch(() => undefined);
    if (reply?.status === 401) return Response.redirect(new URL(`/login?next=${encodeURIComponent(START_URL)}`, origin).href, 303);
    const body = reply?.ok ? ((await reply.json().catch(() => ({}))) as { location?: unknown }) : {};
    const location = typeof body.location === 'string' && body.location.startsWith('/') ? body.location : START_URL;
    return Response.redirect(new URL(location, origin).href, 303);
  };
}
