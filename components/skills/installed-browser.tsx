'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useState } from 'react';
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
  const params = useSearchParams();
  const [filters, setFilters] = useState<SkillFilters>(() => filtersFromSearch(params));
  const shown = useMemo(() => filterSkills(list.skills, filters), [list.skills, filters]);
  const tags = useMemo(() => {
    const top = list.tags.filter((t) => t.count >= 2).slice(0, SHOWN_TAGS);
    const chosen = filters.tag ? list.tags.find((t) => t.name.toLowerCase() === filters.tag?.toLowerCase()) : undefined;
    return chosen && !top.includes(chosen) ? [chosen, ...top] : top;
  }, [list.tags, filters.tag]);

  // The address follows the filters, so reload, share and Back land on the same list.
  useEffect(() => {
    const next = `/skills${filtersToSearch(filters)}`;
    if (next !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', next);
  }, [filters]);

  return (
    <>
      <SearchBox label="Search installed skills" value={filters.q} onChange={(q) => setFilters((f) => ({ ...f, q }))} />
      {list.categories.length > 1 ? (
        <ChoiceChips
          label="Category"
          allLabel="All"
          allCount={list.skills.length}
          value={filters.category}
          choices={list.categories.map((c) => ({ key: c.name, label: c.name, count: c.count }))}
          onChange={(category) => setFilters((f) => ({ ...f, category }))}
        />
      ) : null}
      {tags.length ? (
        <ChoiceChips label="Tag" allLabel="Any tag" value={filters.tag} choices={tags.map((t) => ({ key: t.name, label: `#${t.name}`, count: t.count }))} onChange={(tag) => setFilters((f) => ({ ...f, tag }))} />
      ) : null}
      <p className="px-4 pb-2 text-sm text-muted md:px-8" aria-live="polite">
        {shown.length === list.skills.length ? `${list.skills.length} skills installed` : `${shown.length} of ${list.skills.length} skills`}
        {list.source === 'gateway' ? ' (as the gateway lists them)' : ''}
      </p>
      {shown.length ? (
        <ul aria-label="Installed skills" className="mx-4 grid gap-3 pb-6 md:mx-8 md:grid-cols-2 xl:grid-cols-3">
          {shown.map((skill) => (
            <SkillCard key={skill.id} skill={skill} />
          ))}
        </ul>
      ) : (
        <p className="mx-4 rounded-2xl border border-line bg-surface p-5 text-sm text-muted md:mx-8">
          {list.skills.length ? 'No installed skill matches.' : 'No skills are installed yet. Browse the catalogue to find some.'}
        </p>
      )}
    </>
  );
}
