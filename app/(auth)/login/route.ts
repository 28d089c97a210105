import { loginDocumentHtml } from '@/lib/auth/login-page/login-document';
import { LOGIN_SCRIPT_URL, readLoginScript } from '@/lib/auth/login-page/login-script-file';
import { getConfig } from '@/lib/config';
import { handle } from '@/lib/http/handle';
import { nonceFromCsp } from '@/lib/http/security-headers';
import { getLocale } from '@/lib/i18n/server';
import { themeChoiceFromRequest } from '@/lib/theme/server';

// Per request: the document carries this response's CSP nonce and the device's language and theme.
export const dynamic = 'force-dynamic';

/**
 * The login page, as a route handler that writes plain HTML rather than a React page: the form
 * needs no JavaScript, and a page would ship React and Next's runtime (issue #9's login budget).
 * A Next route and not a native one (server/native-routes.ts) so it stays in app/ beside the
 * other pages, behind the same guard, with Next's cookies() and headers() for locale and theme.
 */
export async function GET(req: Request): Promise<Response> {
  return handle(async () => {
    const config = getConfig();
    // Without a password the app is open on loopback; there is nothing to log in to.
    if (!config.password) return new Response(null, { status: 307, headers: { Location: '/' } });
    const query = new URL(req.url).searchParams;
    const built = readLoginScript(config.distDir);
    const html = loginDocumentHtml({
      locale: await getLocale(),
      theme: await themeChoiceFromRequest(),
      error: query.get('error'),
      next: query.get('next'),
      nonce: nonceFromCsp(req.headers.get('content-security-policy')),
      script: built && { src: `${LOGIN_SCRIPT_URL}?v=${built.version}`, serviceWorker: !config.dev },
    });
    return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
  });
}
