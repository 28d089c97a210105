/** Exact paths anyone may request: login, health, the installable shell's static files. */
const PUBLIC_EXACT = new Set([
  '/login',
  '/api/health',
  '/manifest.webmanifest',
  '/sw.js',
  '/favicon.ico',
  '/robots.txt',
  '/apple-touch-icon.png',
  '/~offline',
]);

/** Path prefixes of static assets. Everything else needs a session (deny by default). */
const PUBLIC_PREFIXES = ['/_next/static/', '/icons/', '/serwist/'];

/** True for the explicit allowlist; `POST /api/auth/login` is public too so a person can log in. */
export function isPublicPath(method: string, pathname: string): boolean {
  if (pathname === '/api/auth/login') return method === 'POST';
  if (PUBLIC_EXACT.has(pathname)) return true;
  return PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix));
}
