import { translator } from '@/lib/i18n/catalogue';
import { HTML_LANG, type Locale } from '@/lib/i18n/locales';
import { appMessages } from '@/lib/i18n/messages/app';
import { authMessages } from '@/lib/i18n/messages/auth';
import { pwaMessages } from '@/lib/i18n/messages/pwa';
import { themeColorsOf, type ThemeChoice } from '@/lib/theme/choice';
import { themeStyleSheet } from '@/lib/theme/theme-css';
import { escapeHtml } from '@/lib/http/escape-html';
import { loginBodyHtml } from './login-body';
import { loginErrorKey } from './login-error';
import { loginHeadHtml } from './login-head';
import { LOGIN_STYLE } from './login-style';

export interface LoginScriptTag {
  /** The script's URL, versioned by its content. */
  src: string;
  /** Whether the script registers the service worker (off in development). */
  serviceWorker: boolean;
}

export interface LoginDocumentInput {
  locale: Locale;
  theme: ThemeChoice;
  /** The raw `?error=` and `?next=` query values; both are escaped here. */
  error: string | null;
  next: string | null;
  /** This response's CSP nonce; the script is left out without one, as the CSP would block it. */
  nonce: string | undefined;
  /** Left out when this build has no login script (development). */
  script: LoginScriptTag | undefined;
}

const THEME_CSS = themeStyleSheet();

function scriptHtml(script: LoginScriptTag | undefined, nonce: string | undefined): string {
  if (!script || !nonce) return '';
  const worker = script.serviceWorker ? ' data-service-worker=""' : '';
  return `\n<script src="${escapeHtml(script.src)}" nonce="${escapeHtml(nonce)}" defer${worker}></script>`;
}

/** The whole /login document: server-rendered HTML in the reader's language and theme, no framework script. */
export function loginDocumentHtml({ locale, theme, error, next, nonce, script }: LoginDocumentInput): string {
  const auth = translator(authMessages, locale);
  const errorKey = loginErrorKey(error);
  const head = loginHeadHtml({
    title: `${auth('title')} · Paddock`,
    description: translator(appMessages, locale)('description'),
    themeColors: themeColorsOf(theme),
    styles: [THEME_CSS, LOGIN_STYLE],
  });
  const body = loginBodyHtml({ auth, pwa: translator(pwaMessages, locale), next: next ?? '', error: errorKey ? auth(errorKey) : undefined });
  return `<!DOCTYPE html>
<html lang="${escapeHtml(HTML_LANG[locale])}" data-theme="${escapeHtml(theme.family)}" data-mode="${escapeHtml(theme.mode)}">
<head>
${head}${scriptHtml(script, nonce)}
</head>
<body>
${body}
</body>
</html>
`;
}
