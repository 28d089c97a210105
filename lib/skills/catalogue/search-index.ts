import type { IndexEntry } from './index-file';

/** Match quality, best first: the whole query is the name, starts it, is in it; every word is in name or tags; anywhere. */
const RANKS = 5;
const TRUST_RANK: Readonly<Record<string, number>> = { builtin: 3, trusted: 2, community: 1 };

/** An immutable search structure over one fetched index, built once per fetch. */
export interface SearchIndex {
  /** In browse order: most trusted first, official before others, then by name. */
  readonly entries: readonly IndexEntry[];
  /** name and tags, lower-cased, "\u0001"-separated; the name comes first and is `nameLengths[i]` long */
  readonly nameTags: readonly string[];
  readonly nameLengths: Uint32Array;
  /** name, tags and description, lower-cased */
  readonly haystacks: readonly string[];
  readonly sourceOf: Uint16Array;
  readonly trustOf: Uint16Array;
  readonly sources: readonly string[];
  readonly trustLevels: readonly string[];
}

export interface FacetCount {
  name: string;
  count: number;
}

export interface SearchQuery {
  q: string;
  source?: string;
  trust?: string;
  offset: number;
  limit: number;
}

export interface SearchResult {
  items: IndexEntry[];
  total: number;
  /** Matches of `q` per source (under the trust filter) and per trust level (under the source filter). */
  sources: FacetCount[];
  trustLevels: FacetCount[];
}

function lower(s: string): string {
  return s.toLowerCase();
}

/** Entries in browse order; sort keys are computed once, not in every comparison. */
function browseOrder(input: readonly IndexEntry[]): IndexEntry[] {
  const keyed = input.map((entry) => ({ entry, trust: TRUST_RANK[entry.trustLevel] ?? 0, official: entry.source === 'official', name: lower(entry.name) }));
  keyed.sort((a, b) => b.trust - a.trust || Number(b.official) - Number(a.official) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return keyed.map((k) => k.entry);
}

function intern(values: string[], value: string, ids: Map<string, number>): number {
  let id = ids.get(value);
  if (id === undefined) {
    id = values.length;
    values.push(value);
    ids.set(value, id);
  }
  return id;
}

/** Sorts the entries into browse order and precomputes lower-case haystacks and facet ids. */
export function buildSearchIndex(input: readonly IndexEntry[]): SearchIndex {
  const entries = browseOrder(input);
  const sources: string[] = [];
  const trustLevels: string[] = [];
  const sourceIds = new Map<string, number>();
  const trustIds = new Map<string, number>();
  const sourceOf = new Uint16Array(entries.length);
  const trustOf = new Uint16Array(entries.length);
  const nameLengths = new Uint32Array(entries.length);
  const nameTags: string[] = [];
  const haystacks: string[] = [];
  entries.forEach((e, i) => {
    sourceOf[i] = intern(sources, e.source, sourceIds);
    trustOf[i] = intern(trustLevels, e.trustLevel, trustIds);
    // Built by concatenation, so V8 flattens each into a fresh string on first search; the parsed
    // name itself may be a slice of a larger string, and searching slices was measured 8x slower.
    const name = lower(e.name);
    const nt = `${name}\u0001${lower(e.tags.join('\u0001'))}`;
    nameLengths[i] = name.length;
    nameTags.push(nt);
    haystacks.push(`${nt}\u0001${lower(e.description)}`);
  });
  // Any search makes V8 flatten these concatenations once; doing it here keeps that cost off the first user's keystroke.
  for (const text of haystacks) text.includes('\u0002');
  for (const text of nameTags) text.includes('\u0002');
  return { entries, nameTags, nameLengths, haystacks, sourceOf, trustOf, sources, trustLevels };
}

function rankOf(index: SearchIndex, i: number, whole: string, terms: readonly string[]): number {
  const nt = index.nameTags[i] ?? '';
  const nameLength = index.nameLengths[i] ?? 0;
  const at = nt.indexOf(whole);
  if (at === 0) return whole.length === nameLength ? 0 : 1;
  if (at > 0 && at + whole.length <= nameLength) return 2;
  for (const t of terms) if (!nt.includes(t)) return 4;
  return 3;
}

function facetCounts(values: readonly string[], counts: Uint32Array): FacetCount[] {
  const out: FacetCount[] = [];
  values.forEach((name, id) => {
    if ((counts[id] ?? 0) > 0) out.push({ name, count: counts[id] ?? 0 });
  });
  return out.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/**
 * Substring search over name, tags and description, every word required (Hermes' hub search is the
 * same substring match), ranked by where the query matched and otherwise in browse order. One pass
 * over the index, no sorting at query time.
 */
export function searchIndex(index: SearchIndex, query: SearchQuery): SearchResult {
  const whole = lower(query.q.trim()).replace(/\s+/g, ' ');
  const terms = whole ? whole.split(' ') : [];
  const sourceId = query.source === undefined ? -1 : index.sources.indexOf(query.source);
  const trustId = query.trust === undefined ? -1 : index.trustLevels.indexOf(query.trust);
  const sourceCounts = new Uint32Array(index.sources.length);
  const trustCounts = new Uint32Array(index.trustLevels.length);
  const buckets: number[][] = Array.from({ length: RANKS }, () => []);
  const unknownFilter = (query.source !== undefined && sourceId === -1) || (query.trust !== undefined && trustId === -1);
  const wanted = query.offset + query.limit;
  let total = 0;
  const n = index.entries.length;
  for (let i = 0; i < n; i++) {
    if (terms.length) {
      const hay = index.haystacks[i] ?? '';
      let all = true;
      for (const t of terms) {
        if (!hay.includes(t)) {
          all = false;
          break;
        }
      }
      if (!all) continue;
    }
    const s = index.sourceOf[i] ?? 0;
    const t = index.trustOf[i] ?? 0;
    const sourceOk = sourceId === -1 || s === sourceId;
    const trustOk = trustId === -1 || t === trustId;
    if (trustOk) sourceCounts[s] = (sourceCounts[s] ?? 0) + 1;
    if (sourceOk) trustCounts[t] = (trustCounts[t] ?? 0) + 1;
    if (!sourceOk || !trustOk || unknownFilter) continue;
    total++;
    // Only the first `wanted` of each rank can reach the page; the rest are merely counted.
    const bucket = buckets[terms.length ? rankOf(index, i, whole, terms) : 0];
    if (bucket && bucket.length < wanted) bucket.push(i);
  }
  const items: IndexEntry[] = [];
  let skip = query.offset;
  for (const bucket of buckets) {
    if (items.length >= query.limit) break;
    if (skip >= bucket.length) {
      skip -= bucket.length;
      continue;
    }
    for (const i of bucket.slice(skip, skip + query.limit - items.length)) {
      const entry = index.entries[i];
      if (entry) items.push(entry);
    }
    skip = 0;
  }
  return { items, total, sources: facetCounts(index.sources, sourceCounts), trustLevels: facetCounts(index.trustLevels, trustCounts) };
}
