/**
 * The login page's only script (bundled by scripts/build-login-script.ts; the page itself is plain
 * HTML from lib/auth/login-page). It does on /login what components/pwa/pwa-shell.tsx does on
 * every other page, with the same lib/pwa code: registers the service worker, drops the user's
 * saved data (a logout or an expired session both end here), shows the insecure-connection banner
 * and the offline strip the server rendered hidden.
 */
import { clearUserDataFromPage } from './clear-from-page';
import { INSECURE_BANNER_DISMISSED_KEY, wantsInsecureBanner } from './insecure-banner';
import { registerServiceWorker } from './register-service-worker';

function startServiceWorker(): void {
  if (!window.isSecureContext || !('serviceWorker' in navigator)) return;
  // A waiting update is left for the next page, which offers "Reload": taking it over here would
  // reload the login form and lose a password being typed.
  registerServiceWorker(() => undefined);
}

function showInsecureBanner(): void {
  const banner = document.getElementById('insecure');
  if (!banner || !wantsInsecureBanner(window)) return;
  banner.hidden = false;
  banner.querySelector('button')?.addEventListener('click', () => {
    window.localStorage.setItem(INSECURE_BANNER_DISMISSED_KEY, '1');
    banner.remove();
  });
}

function trackOnline(): void {
  const notice = document.getElementById('offline');
  if (!notice) return;
  const update = () => (notice.hidden = navigator.onLine);
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();
}

/** Runs once per page load; the page lives until the form posts, so nothing needs disposing. */
export function startLoginPage(serviceWorker: boolean): void {
  if (serviceWorker) startServiceWorker();
  showInsecureBanner();
  trackOnline();
  void clearUserDataFromPage();
}
