import type { SkillSummary } from '@/lib/skills/types';

export interface SkillFilters {
  q: string;
  category: string | null;
  tag: string | null;
}

/** The skills matching every word of `q` (name, description, tags, category), in one category and with one tag when given. */
export function filterSkills(skills: readonly SkillSummary[], filters: SkillFilters): SkillSummary[] {
  const terms = filters.q.toLowerCase().split(/\s+/).filter(Boolean);
  const tag = filters.tag?.toLowerCase() ?? null;
  return skills.filter((s) => {
    if (filters.category !== null && s.category !== filters.category) return false;
    if (tag !== null && !s.tags.some((t) => t.toLowerCase() === tag)) return false;
    if (!terms.length) return true;
    const text = [s.name, s.description, s.category ?? '', ...s.tags].join('\n').toLowerCase();
    return terms.every((t) => text.includes(t));
  });
}

/** The filters in an address's query (`?q=&category=&tag=`). */
export function filtersFromSearch(params: { get(name: string): string | null }): SkillFilters {
  return { q: params.get('q') ?? '', category: params.get('category') || null, tag: params.get('tag') || null };
}

/** The filters as a query string for /skills ("" when none), so a filtered list has its own address. */
export function filtersToSearch(filters: SkillFilters): string {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.category) params.set('category', filters.category);
  if (filters.tag) params.set('tag', filters.tag);
  const text = params.toString();
  return text ? `?${text}` : '';
}
