'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { skillMessages } from '@/lib/i18n/messages/skills';
import { LoadMoreButton } from '@/components/ui/load-more-button';
import type { CataloguePage } from '@/lib/skills/types';
import { CatalogueCard } from './catalogue-card';
import { CatalogueStatusLine } from './catalogue-status';
import { ChoiceChips } from './choice-chips';
import { sourceLabel, trustLabel } from './origin-label';
import { SearchBox } from './search-box';
import { type CatalogueFilters, useCatalogue } from './use-catalogue';

export interface CatalogueBrowserProps {
  /** The server's first page; null while the first copy of the index is still downloading. */
  initial: CataloguePage | null;
  /** The filters the server rendered `initial` for. */
  renderedFor: CatalogueFilters;
}

function sameFilters(a: CatalogueFilters, b: CatalogueFilters): boolean {
  return a.q.trim() === b.q.trim() && a.source === b.source && a.trust === b.trust;
}

function hubSearch(filters: CatalogueFilters): string {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.source) params.set('source', filters.source);
  if (filters.trust) params.set('trust', filters.trust);
  const text = params.toString();
  return `/skills/hub${text ? `?${text}` : ''}`;
}

/** The hub catalogue: search as you type, narrow by source and trust, page through tens of thousands. */
export function CatalogueBrowser({ initial, renderedFor }: CatalogueBrowserProps) {
  // From the address: Back may restore a page the server rendered for other filters, which is then not used.
  const t = useT(skillMessages);
  const params = useSearchParams();
  const [filters, setFilters] = useState<CatalogueFilters>(() => ({ q: params.get('q') ?? '', source: params.get('source') || null, trust: params.get('trust') || null }));
  const [typedAt, setTypedAt] = useState(0);
  const [usable] = useState(() => (sameFilters(filters, renderedFor) ? initial : null));
  const { page, items, loading, loadingMore, error, loadMore } = useCatalogue(usable, filters, typedAt);

  useEffect(() => {
    const next = hubSearch(filters);
    if (next !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', next);
  }, [filters]);

  const matched = page?.sources.reduce((n, s) => n + s.count, 0) ?? 0;
  return (
    <>
      <SearchBox
        label={t('searchCatalogue')}
        placeholder={t('searchThousands')}
        value={filters.q}
        onChange={(q) => {
          setTypedAt(Date.now());
          setFilters((f) => ({ ...f, q }));
        }}
      />
      {page ? (
        <>
          <ChoiceChips
            label={t('source')}
            allLabel={t('allSources')}
            allCount={matched}
            value={filters.source}
            choices={page.sources.map((s) => ({ key: s.name, label: sourceLabel(s.name, t), count: s.count }))}
            onChange={(source) => setFilters((f) => ({ ...f, source }))}
          />
          <ChoiceChips
            label={t('trust')}
            allLabel={t('anyTrust')}
            value={filters.trust}
            choices={page.trustLevels.map((level) => ({ key: level.name, label: trustLabel(level.name, t), count: level.count }))}
            onChange={(trust) => setFilters((f) => ({ ...f, trust }))}
          />
          <CatalogueStatusLine status={page.status} />
        </>
      ) : null}
      {error ? (
        <p role="alert" className="mx-4 mb-3 rounded-2xl border border-bad bg-surface p-4 text-sm text-bad md:mx-8">
          {error}
        </p>
      ) : null}
      {!page && loading ? <p className="mx-4 rounded-2xl border border-line bg-surface p-5 text-sm text-muted md:mx-8">{t('fetchingFirst')}</p> : null}
      {page ? (
        <section aria-label={t('catalogue')} aria-busy={loading}>
          <p className="px-4 pb-2 text-sm text-muted md:px-8" aria-live="polite">
            {loading ? t('searching') : t('skillCount', { count: page.total })}
            {page.installedKnown ? '' : t('installedUnknown')}
          </p>
          {items.length ? (
            <ul className={`mx-4 grid items-start gap-3 md:mx-8 md:grid-cols-2 xl:grid-cols-3 ${loading ? 'opacity-60' : ''}`}>
              {items.map((item) => (
                <CatalogueCard key={item.identifier} item={item} />
              ))}
            </ul>
          ) : loading ? null : (
            <p className="mx-4 rounded-2xl border border-line bg-surface p-5 text-sm text-muted md:mx-8">{t('noCatalogueMatch')}</p>
          )}
          {items.length < page.total && !loading ? <LoadMoreButton loading={loadingMore} error={null} onClick={loadMore} label={t('moreSkills')} /> : <div className="h-6" />}
        </section>
      ) : null}
    </>
  );
}
