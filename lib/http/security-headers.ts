/** The per-request nonce the server put in this request's Content-Security-Policy, if any. */
export function nonceFromCsp(csp: string | null | undefined): string | undefined {
  const match = /'nonce-([A-Za-z0-9+/=_-]+)'/.exec(csp ?? '');
  return match?.[1];
}

/** Content-Security-Policy for one response: same origin only, scripts by per-request nonce. */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  const script = [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`, ...(dev ? [`'unsafe-eval'`] : [])].join(' ');
  return [
    `default-src 'self'`,
    `script-src ${script}`,
    // React and Next set style attributes; inline styles cannot run code.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self' data:`,
    `connect-src 'self'`,
    `worker-src 'self' blob:`,
    `manifest-src 'self'`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
}

/**
 * For /api replies (JSON, streams, files, the odd plain-HTML error): none of them is a page that
 * loads scripts, so nothing is allowed and no per-request nonce has to be made for them.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Headers every response carries, pages and API alike. */
export const BASE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(self), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
