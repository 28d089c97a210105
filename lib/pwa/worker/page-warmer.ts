/// <reference lib="webworker" />
import type { OfflineArea } from '../offline-areas';
import type { AreaStrategies } from './strategies';

/** A saved copy younger than this is not fetched again when the page is opened in the app. */
export const WARM_MIN_AGE_MS = 5 * 60_000;

/** The document address behind a client-side navigation: the same URL without Next's `_rsc` marker. */
export function documentUrlOf(rscUrl: URL): URL {
  const url = new URL(rscUrl.href);
  url.searchParams.delete('_rsc');
  url.hash = '';
  return url;
}

/** True when the copy's `Date` header says it was fetched less than WARM_MIN_AGE_MS ago. */
export function isFresh(saved: Response | undefined, now: number): boolean {
  const fetchedAt = Date.parse(saved?.headers.get('date') ?? '');
  return Number.isFinite(fetchedAt) && now - fetchedAt < WARM_MIN_AGE_MS;
}

/**
 * Inside the app, Next moves between pages by fetching RSC payloads, not documents, so a page
 * read that way would never be saved for offline reading. When the worker sees such a navigation
 * to a page worth keeping, it fetches the page as a document in the background and saves it with
 * the same strategy (and the same caps) a direct visit would use.
 */
export function createPageWarmer(areas: readonly AreaStrategies[]) {
  return function warm(event: FetchEvent, area: OfflineArea, rscUrl: URL): void {
    const strategy = areas.find((a) => a.area.name === area.name)?.pages;
    if (!strategy) return;
    const url = documentUrlOf(rscUrl);
    const work = (async () => {
      const saved = await caches.open(area.pageCache).then((cache) => cache.match(url.href, { ignoreVary: true }));
      if (isFresh(saved, Date.now())) return;
      const request = new Request(url.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
      await strategy.handle({ event, request });
    })();
    // Saving is best effort: offline or a failed render simply leaves the previous copy.
    event.waitUntil(work.catch(() => undefined));
  };
}
