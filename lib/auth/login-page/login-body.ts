import type { Translate } from '@/lib/i18n/catalogue';
import type { authMessages } from '@/lib/i18n/messages/auth';
import type { pwaMessages } from '@/lib/i18n/messages/pwa';
import { HTTPS_HELP_URL } from '@/lib/pwa/paths';
import { escapeHtml } from '@/lib/http/escape-html';

type Keys<C> = C extends { en: Record<infer K, unknown> } ? K & string : never;

export interface LoginBodyInput {
  auth: Translate<Keys<typeof authMessages>>;
  pwa: Translate<Keys<typeof pwaMessages>>;
  /** Where to go after logging in, sent back with the form (checked again by the login POST). */
  next: string;
  /** The error to show, already translated. */
  error: string | undefined;
}

/**
 * What the installed app adds on top of every page, here without React: the insecure-connection
 * banner and the offline strip, both rendered hidden for lib/pwa/login-script.ts to show.
 */
function shellHtml(pwa: LoginBodyInput['pwa']): string {
  return `<aside id="insecure" class="insecure small" aria-label="${escapeHtml(pwa('notSecureLabel'))}" hidden>
<div><p><strong>${escapeHtml(pwa('notSecure'))}</strong> ${escapeHtml(pwa('notSecureBody'))} <a href="${HTTPS_HELP_URL}">${escapeHtml(pwa('howToHttps'))}</a></p>
<button type="button">${escapeHtml(pwa('dismiss'))}</button></div>
</aside>
<div role="status" class="offline small"><p id="offline" data-testid="offline-notice" hidden>${escapeHtml(pwa('offline'))}</p></div>`;
}

/**
 * The login screen: a plain HTML form that works with JavaScript off and when a script sets the
 * input's value directly; the button is never disabled. The hidden username lets password
 * managers file the password under one name.
 */
export function loginBodyHtml({ auth, pwa, next, error }: LoginBodyInput): string {
  const describedBy = error ? ' aria-describedby="login-error"' : '';
  const alert = error ? `\n<p id="login-error" role="alert" class="error small">${escapeHtml(error)}</p>` : '';
  return `${shellHtml(pwa)}
<main>
<div class="brand"><span class="mark" aria-hidden="true">P</span><div><h1>Paddock</h1><p class="tagline small">${escapeHtml(auth('tagline'))}</p></div></div>
<form method="post" action="/api/auth/login">
<input type="hidden" name="next" value="${escapeHtml(next)}"/>
<input type="text" name="username" autocomplete="username" value="paddock" readonly hidden/>
<label for="password" class="small">${escapeHtml(auth('password'))}</label>
<input id="password" name="password" type="password" required autofocus autocomplete="current-password"${describedBy}/>${alert}
<button type="submit" class="submit">${escapeHtml(auth('logIn'))}</button>
</form>
</main>`;
}
