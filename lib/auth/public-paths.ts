/**
 * Exact paths anyone may request: login and its one script, health, the installable shell's files
 * (manifest, service worker, offline page) and the HTTPS help the insecure-connection banner links
 * to, login page included.
 */
const PUBLIC_EXACT = new Set([
  '/login',
  '/login/script.js',
  '/api/health',
  '/manifest.webmanifest',
  '/sw.js',
  '/~offline',
  '/help/https',
  '/favicon.ico',
  '/robots.txt',
  '/apple-touch-icon.png',
]);

/** Path prefixes of static assets (hashed build files, app icons). Everything else needs a session (deny by default). */
const PUBLIC_PREFIXES = ['/_next/static/', '/icons/'];

/** True for the explicit allowlist; `POST /api/auth/login` is public too so a person can log in. */
export function isPublicPath(method: string, pathname: string): boolean {
  if (pathname === '/api/auth/login') return method === 'POST';
  if (PUBLIC_EXACT.has(pathname)) return true;
  return PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix));
}
