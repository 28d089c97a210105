import { nonceFromCsp, offlinePageHtml } from '@/lib/pwa/offline-page';

// Rendered per request so the page's script carries this response's CSP nonce.
export const dynamic = 'force-dynamic';

/** The offline fallback page; public, fetched by the service worker when it installs. */
export function GET(req: Request): Response {
  const html = offlinePageHtml(nonceFromCsp(req.headers.get('content-security-policy')));
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' } });
}
