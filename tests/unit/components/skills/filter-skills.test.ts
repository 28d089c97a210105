import { describe, expect, it } from 'vitest';
import { fenced } from '@/components/skills/fenced';
import { filterSkills, filtersFromSearch, filtersToSearch } from '@/components/skills/filter-skills';
import type { SkillSummary } from '@/lib/skills/types';

function skill(name: string, over: Partial<SkillSummary> = {}): SkillSummary {
  return {
    id: name,
    name,
    description: '',
    category: null,
    version: null,
    author: null,
    license: null,
    platforms: [],
    tags: [],
    provenance: { origin: 'local', source: null, identifier: null, trustLevel: null, scanVerdict: null, installedAt: null, updatedAt: null },
    disabled: false,
    disabledOn: [],
    problems: [],
    needsSetup: false,
    ...over,
  };
}

const skills = [
  skill('arxiv', { category: 'research', description: 'Search papers', tags: ['Research', 'Papers'] }),
  skill('nano-pdf', { category: 'productivity', description: 'Edit PDF text', tags: ['PDF'] }),
  skill('restock', { category: 'shop-ops', description: '金米麥 補貨檢查', tags: ['inventory'] }),
];

describe('filterSkills', () => {
  it('matches every word in name, description, tags or category, case-insensitively', () => {
    expect(filterSkills(skills, { q: 'PAPERS research', category: null, tag: null }).map((s) => s.name)).toEqual(['arxiv']);
    expect(filterSkills(skills, { q: 'productivity', category: null, tag: null }).map((s) => s.name)).toEqual(['nano-pdf']);
    expect(filterSkills(skills, { q: '補貨', category: null, tag: null }).map((s) => s.name)).toEqual(['restock']);
  });

  it('narrows by category and by tag, ignoring the tag’s case', () => {
    expect(filterSkills(skills, { q: '', category: 'shop-ops', tag: null }).map((s) => s.name)).toEqual(['restock']);
    expect(filterSkills(skills, { q: '', category: null, tag: 'pdf' }).map((s) => s.name)).toEqual(['nano-pdf']);
    expect(filterSkills(skills, { q: 'pdf', category: 'research', tag: null })).toEqual([]);
  });

  it('round-trips the filters through the address', () => {
    const filters = { q: 'a b', category: 'research', tag: 'Papers' };
    expect(filtersFromSearch(new URLSearchParams(filtersToSearch(filters).slice(1)))).toEqual(filters);
    expect(filtersToSearch({ q: '  ', category: null, tag: null })).toBe('');
  });
});

describe('fenced', () => {
  it('fences code with more backticks than it contains, so nothing inside can close it', () => {
    expect(fenced('print(1)\n', 'python')).toBe('```python\nprint(1)\n```');
    expect(fenced('a ```` b', null)).toBe('`````\na ```` b\n`````');
  });
});
