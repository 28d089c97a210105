import { escapeHtml } from '@/lib/http/escape-html';
import { translator } from '@/lib/i18n/catalogue';
import { HTML_LANG, type Locale } from '@/lib/i18n/locales';
import { offlineMessages } from '@/lib/i18n/messages/offline';
import { OFFLINE_AREAS, type OfflineAreaName } from './offline-areas';
import { listSavedPages } from './saved-pages-script';

/** Saved pages listed per area on the offline page. */
export const OFFLINE_LIST_PER_AREA = 8;

const AREA_KEYS = { reviews: 'reviews', chat: 'conversations', sessions: 'sessions', skills: 'skills' } as const satisfies Record<OfflineAreaName, string>;

const STYLE = `
:root{--bg:#f6f5f1;--surface:#fff;--line:#d9d6cc;--ink:#1d1c19;--muted:#5c5950;--accent:#2f6b4f;--accent-ink:#fff;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#141513;--surface:#1c1d1a;--line:#3a3c36;--ink:#ecebe6;--muted:#a9a79e;--accent:#7cc6a0;--accent-ink:#0f1a14}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;-webkit-text-size-adjust:100%}
main{max-width:36rem;margin:0 auto;padding:max(2rem,env(safe-area-inset-top)) 1.25rem max(2rem,env(safe-area-inset-bottom))}
.mark{display:inline-grid;place-items:center;width:2.75rem;height:2.75rem;border-radius:1rem;background:var(--accent);color:var(--accent-ink);font-weight:700;font-size:1.25rem}
h1{font-size:1.5rem;margin:1rem 0 .25rem;letter-spacing:-.01em}
h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:1.5rem 0 .5rem}
p{margin:.5rem 0;color:var(--muted)}
ul{list-style:none;margin:0;padding:0;border:1px solid var(--line);border-radius:1rem;background:var(--surface);overflow:hidden}
li{border-top:1px solid var(--line)}li:first-child{border-top:0}
li a{display:block;padding:.75rem 1rem 0;min-height:2.75rem;color:var(--ink);text-decoration:none;font-weight:500}
li small{display:block;padding:0 1rem .6rem;color:var(--muted);font-size:.8rem}
li a:only-child{padding-bottom:.75rem}
.retry{display:inline-flex;align-items:center;justify-content:center;min-height:3rem;margin-top:1.5rem;padding:0 1.5rem;border-radius:.75rem;background:var(--accent);color:var(--accent-ink);font-weight:600;text-decoration:none}
.note{font-size:.875rem}
a{color:var(--accent)}
`;

/**
 * The page the service worker shows, while offline, for any page it has no saved copy of. It is
 * precached at install, so it carries the nonce of the request that fetched it, both in its CSP
 * header and on its one script (which lists the saved pages). Without that script it still says
 * what is going on and links to the areas that keep copies.
 */
export function offlinePageHtml(nonce: string | undefined, locale: Locale = 'en'): string {
  const t = translator(offlineMessages, locale);
  const areas = OFFLINE_AREAS.map((a) => ({ label: t(AREA_KEYS[a.name]), cache: a.pageCache }));
  const call = `(${listSavedPages.toString()})(${JSON.stringify(areas)}, ${OFFLINE_LIST_PER_AREA}, ${JSON.stringify(t('savedAt'))}, ${JSON.stringify(locale)}).catch(() => {});`;
  const reload = `addEventListener('online', () => location.reload());`;
  const script = `${call}\n${reload}`.replace(/</g, '\\u003c');
  const nonceAttribute = nonce ? ` nonce="${escapeHtml(nonce)}"` : '';
  return `<!doctype html>
<html lang="${HTML_LANG[locale]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="theme-color" content="#f6f5f1" media="(prefers-color-scheme: light)">
<meta name="theme-color" content="#141513" media="(prefers-color-scheme: dark)">
<title>${t('title')} · Paddock</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<span class="mark" aria-hidden="true">P</span>
<h1>${t('heading')}</h1>
<p>${t('body')}</p>
<div id="saved">
<h2>${t('savedHere')}</h2>
<ul>
<li><a href="/reviews">${t('reviews')}</a></li>
<li><a href="/sessions">${t('sessions')}</a></li>
<li><a href="/skills">${t('skills')}</a></li>
</ul>
<p class="note">${t('recent')}</p>
</div>
<p class="note">${t('keepWriting')}</p>
<a class="retry" href="">${t('tryAgain')}</a>
</main>
<script${nonceAttribute}>${script}</script>
</body>
</html>
`;
}
