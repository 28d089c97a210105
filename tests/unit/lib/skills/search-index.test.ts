import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type IndexEntry, parseIndex } from '@/lib/skills/catalogue/index-file';
import { buildSearchIndex, searchIndex } from '@/lib/skills/catalogue/search-index';
import { REPO_ROOT } from '../../../support/paddock-server';

const FIXTURE_INDEX = path.join(REPO_ROOT, 'tests/fixtures/skills-index/index.json');

function entry(name: string, over: Partial<IndexEntry> = {}): IndexEntry {
  return { identifier: `clawhub/${name}`, name, description: '', source: 'clawhub', trustLevel: 'community', repo: null, tags: [], provider: null, url: null, installs: null, ...over };
}

describe('parseIndex', () => {
  it('reads the fixture index in the real format and skips the malformed entries', () => {
    const raw = fs.readFileSync(FIXTURE_INDEX, 'utf8');
    const declared = (JSON.parse(raw) as { skill_count: number }).skill_count;
    const parsed = parseIndex(raw);
    expect(parsed.entries).toHaveLength(declared - 2);
    expect(parsed.skipped).toBe(2);
    expect(parsed.generatedAt).toBe(Date.parse('2026-11-22T03:14:07.512Z'));
    const cudf = parsed.entries.find((e) => e.identifier === 'NVIDIA/skills/skills/accelerated-computing-cudf');
    expect(cudf).toMatchObject({ source: 'github', provider: 'NVIDIA', trustLevel: 'trusted', repo: 'NVIDIA/skills', url: 'https://github.com/NVIDIA/skills' });
  });

  it.each([['not json', '<html>captive portal</html>'], ['not an index', '{"hello": 1}']])('throws for %s, so a bad download never replaces a good copy', (_what, raw) => {
    expect(() => parseIndex(raw)).toThrow();
  });

  it('drops a repeated identifier and cuts very long descriptions', () => {
    const raw = JSON.stringify({ skills: [{ name: 'a', identifier: 'x/a', description: 'd'.repeat(5000) }, { name: 'b', identifier: 'x/a' }] });
    const parsed = parseIndex(raw);
    expect(parsed.entries).toHaveLength(1);
    expect(parsed.entries[0]?.description.length).toBeLessThan(1000);
    expect(parsed.skipped).toBe(1);
  });
});

describe('searchIndex', () => {
  const index = buildSearchIndex([
    entry('pdf-tools', { description: 'merge pdf files' }),
    entry('pdf', { source: 'official', trustLevel: 'builtin', identifier: 'official/pdf' }),
    entry('invoice-ocr', { tags: ['pdf', 'ocr'] }),
    entry('zeta', { description: 'reads a PDF aloud', trustLevel: 'trusted', source: 'github' }),
    entry('weather', { description: 'forecasts' }),
  ]);

  it('browses most trusted first, official first, then by name, when there is no query', () => {
    const { items, total } = searchIndex(index, { q: '', offset: 0, limit: 10 });
    expect(items.map((i) => i.name)).toEqual(['pdf', 'zeta', 'invoice-ocr', 'pdf-tools', 'weather']);
    expect(total).toBe(5);
  });

  it('ranks an exact name, then a name prefix, then tags, then descriptions', () => {
    const { items } = searchIndex(index, { q: 'PDF', offset: 0, limit: 10 });
    expect(items.map((i) => i.name)).toEqual(['pdf', 'pdf-tools', 'invoice-ocr', 'zeta']);
  });

  it('requires every word, anywhere', () => {
    expect(searchIndex(index, { q: 'merge  files', offset: 0, limit: 10 }).items.map((i) => i.name)).toEqual(['pdf-tools']);
    expect(searchIndex(index, { q: 'merge weather', offset: 0, limit: 10 }).total).toBe(0);
  });

  it('filters by source and trust and counts the other facet under each filter', () => {
    const bySource = searchIndex(index, { q: 'pdf', source: 'clawhub', offset: 0, limit: 10 });
    expect(bySource.items.map((i) => i.name)).toEqual(['pdf-tools', 'invoice-ocr']);
    expect(bySource.sources).toEqual([{ name: 'clawhub', count: 2 }, { name: 'github', count: 1 }, { name: 'official', count: 1 }]);
    expect(bySource.trustLevels).toEqual([{ name: 'community', count: 2 }]);
    expect(searchIndex(index, { q: '', trust: 'builtin', offset: 0, limit: 10 }).items.map((i) => i.name)).toEqual(['pdf']);
    expect(searchIndex(index, { q: '', source: 'nowhere', offset: 0, limit: 10 }).total).toBe(0);
  });

  it('pages across rank boundaries without repeating or losing an entry', () => {
    const all = searchIndex(index, { q: 'pdf', offset: 0, limit: 10 }).items.map((i) => i.name);
    const paged = [0, 1, 2, 3].flatMap((offset) => searchIndex(index, { q: 'pdf', offset, limit: 1 }).items.map((i) => i.name));
    expect(paged).toEqual(all);
    expect(searchIndex(index, { q: 'pdf', offset: 99, limit: 10 }).items).toEqual([]);
  });

  it('finds Chinese text', () => {
    const zh = buildSearchIndex([entry('translator', { description: '繁體中文翻譯' })]);
    expect(searchIndex(zh, { q: '中文', offset: 0, limit: 5 }).total).toBe(1);
  });
});
