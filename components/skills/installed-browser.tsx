'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { skillMessages } from '@/lib/i18n/messages/skills';
import type { InstalledSkillList } from '@/lib/skills/types';
import { ChoiceChips } from './choice-chips';
import { filterSkills, filtersFromSearch, filtersToSearch, type SkillFilters } from './filter-skills';
import { SearchBox } from './search-box';
import { SkillCard } from './skill-card';

export interface InstalledBrowserProps {
  list: InstalledSkillList;
}

/** Tags shown as chips: those shared by at least two skills, at most this many. The rest are found by typing. */
const SHOWN_TAGS = 12;

/** The installed skills with instant search and category and tag filters, all in the browser: the list is small. */
export function InstalledBrowser({ list }: InstalledBrowserProps) {
  // From the address, not from the server's props: Back restores a page rendered for an older address.
  const t = useT(skillMessages);
  const params = useSearchParams();
  const [filters, setFilters] = useState<SkillFilters>(() => filtersFromSearch(params));
  const shown = useMemo(() => filterSkills(list.skills, filters), [list.skills, filters]);
  const tags = useMemo(() => {
    const top = list.tags.filter((tag) => tag.count >= 2).slice(0, SHOWN_TAGS);
    const chosen = filters.tag ? list.tags.find((tag) => tag.name.toLowerCase() === filters.tag?.toLowerCase()) : undefined;
    return chosen && !top.includes(chosen) ? [chosen, ...top] : top;
  }, [list.tags, filters.tag]);

  // The address follows the filters, so reload, share and Back land on the same list.
  useEffect(() => {
    const next = `/skills${filtersToSearch(filters)}`;
    if (next !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', next);
  }, [filters]);

  return (
    <>
      <SearchBox label={t('searchInstalled')} value={filters.q} onChange={(q) => setFilters((f) => ({ ...f, q }))} />
      {list.categories.length > 1 ? (
        <ChoiceChips
          label={t('category')}
          allLabel={t('all')}
          allCount={list.skills.length}
          value={filters.category}
          choices={list.categories.map((c) => ({ key: c.name, label: c.name, count: c.count }))}
          onChange={(category) => setFilters((f) => ({ ...f, category }))}
        />
      ) : null}
      {tags.length ? (
        <ChoiceChips label={t('tag')} allLabel={t('anyTag')} value={filters.tag} choices={tags.map((tag) => ({ key: tag.name, label: `#${tag.name}`, count: tag.count }))} onChange={(tag) => setFilters((f) => ({ ...f, tag }))} />
      ) : null}
      <p className="px-4 pb-2 text-sm text-muted md:px-8" aria-live="polite">
        {shown.length === list.skills.length ? t('installedCount', { count: list.skills.length }) : t('shownOf', { shown: shown.length, total: list.skills.length })}
        {list.source === 'gateway' ? t('asGatewayLists') : ''}
      </p>
      {shown.length ? (
        <ul aria-label={t('installedSkills')} className="mx-4 grid gap-3 pb-6 md:mx-8 md:grid-cols-2 xl:grid-cols-3">
          {shown.map((skill) => (
            <SkillCard key={skill.id} skill={skill} />
          ))}
        </ul>
      ) : (
        <p className="mx-4 rounded-2xl border border-line bg-surface p-5 text-sm text-muted md:mx-8">
          {list.skills.length ? t('noInstalledMatch') : t('noneInstalled')}
        </p>
      )}
    </>
  );
}
