import { SearchForm } from '@/components/sessions/search-form';
import { SearchHits } from '@/components/sessions/search-hits';
import { SessionList } from '@/components/sessions/session-list';
import { sourceLabel } from '@/components/sessions/source-label';
import { FilterChips } from '@/components/ui/filter-chips';
import { ScreenHeader } from '@/components/ui/screen-header';
import { ScreenProblem } from '@/components/ui/screen-problem';
import { attempt } from '@/lib/http/attempt';
import { sessionMessages } from '@/lib/i18n/messages/sessions';
import { titleMetadata } from '@/lib/i18n/metadata';
import { getT } from '@/lib/i18n/server';
import { listSessionsQuerySchema, SEARCH_PAGE_SIZE, SESSIONS_PAGE_SIZE, searchQuerySchema } from '@/lib/sessions/schemas';
import { listSessionPage, searchSessionMessages } from '@/lib/sessions/session-log';

export const generateMetadata = titleMetadata(sessionMessages, 'title');

type Params = Promise<{ source?: string | string[]; q?: string | string[] }>;

function sessionsHref(source: string | undefined, q: string | undefined): string {
  const params = new URLSearchParams({ ...(source ? { source } : {}), ...(q ? { q } : {}) });
  return params.size ? `/sessions?${params}` : '/sessions';
}

/** Every conversation the agent had, by source; `?q=` searches every message instead. */
export default async function SessionsPage({ searchParams }: { searchParams: Params }) {
  const t = await getT(sessionMessages);
  const raw = await searchParams;
  const filters = listSessionsQuerySchema.safeParse({ source: raw.source });
  const source = filters.success ? filters.data.source : undefined;
  const search = searchQuerySchema.safeParse({ q: raw.q, source, limit: SEARCH_PAGE_SIZE });
  const q = search.success ? search.data.q : undefined;
  const list = await attempt(() => listSessionPage({ source, offset: 0, limit: SESSIONS_PAGE_SIZE }));
  if (!list.ok) {
    return (
      <>
        <ScreenHeader title={t('title')} />
        <ScreenProblem title={t('logUnavailable')} message={list.error.message} />
      </>
    );
  }
  const hits = search.success ? await attempt(() => searchSessionMessages(search.data)) : null;
  const all = list.value.sources.reduce((n, s) => n + s.count, 0);
  const chips = [
    { key: 'all', label: t('all'), href: sessionsHref(undefined, q), count: all, active: !source },
    ...list.value.sources.map((s) => ({ key: s.source, label: sourceLabel(s.source, t), href: sessionsHref(s.source, q), count: s.count, active: s.source === source })),
  ];
  return (
    <>
      <ScreenHeader title={t('title')} />
      <SearchForm query={q ?? ''} source={source} />
      <FilterChips label={t('filterBySource')} chips={chips} />
      {hits === null ? (
        <SessionList key={source ?? 'all'} list={list.value} source={source} />
      ) : hits.ok ? (
        <SearchHits key={`${source ?? ''}\n${q ?? ''}`} result={hits.value} query={q ?? ''} source={source} pageSize={SEARCH_PAGE_SIZE} />
      ) : (
        <ScreenProblem title={t('searchFailed')} message={hits.error.message} />
      )}
    </>
  );
}
