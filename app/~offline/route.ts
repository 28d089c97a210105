import { nonceFromCsp } from '@/lib/http/security-headers';
import { getLocale } from '@/lib/i18n/server';
import { offlinePageHtml } from '@/lib/pwa/offline-page';

// Rendered per request so the page's script carries this response's CSP nonce.
export const dynamic = 'force-dynamic';

/** The offline fallback page; public, fetched by the service worker when it installs, in the language of that request. */
export async function GET(req: Request): Promise<Response> {
  const html = offlinePageHtml(nonceFromCsp(req.headers.get('content-security-policy')), await getLocale());
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' } });
}
