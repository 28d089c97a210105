/**
 * bench/skills-search: hub catalogue search over a generated 30,000-entry skills index, in process
 * (what one keystroke in the catalogue costs the server, before HTTP). Prints figures; asserts nothing.
 * Target: median under 20 ms.
 *
 *   npx tsx bench/skills-search.ts [entries]
 */
import { performance } from 'node:perf_hooks';
import { parseIndex } from '../lib/skills/catalogue/index-file';
import { buildSearchIndex, searchIndex, type SearchQuery } from '../lib/skills/catalogue/search-index';
import { fmt, quantile } from './stats';

const ENTRIES = Number(process.argv[2] ?? 30_000);
const ROUNDS = 5;

const SOURCES = [['skills-sh', 'community', 0.45], ['clawhub', 'community', 0.4], ['github', 'trusted', 0.08], ['lobehub', 'community', 0.04], ['official', 'builtin', 0.03]] as const;
const WORDS = 'pdf excel invoice github review test deploy docker kubernetes react next vue svelte python rust go sql postgres redis kafka slack notion obsidian calendar email weather translate 中文 翻譯 ocr image video audio speech summarise research arxiv paper finance stock crypto shop inventory bakery recipe travel map search scrape browser seo marketing design figma'.split(' ');

/** A deterministic pseudo-random stream, so every run measures the same index. */
function rng(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

function generateIndex(count: number): string {
  const rand = rng(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const skills = Array.from({ length: count }, (_, i) => {
    let r = rand();
    const [source, trust] = SOURCES.find(([, , share]) => (r -= share) < 0) ?? SOURCES[0];
    const name = `${pick(WORDS)}-${pick(WORDS)}-${i.toString(36)}`;
    const description = Array.from({ length: 12 + Math.floor(rand() * 20) }, () => pick(WORDS)).join(' ');
    return { name, description, source, identifier: `${source}/owner${i % 997}/${name}`, trust_level: trust, repo: `owner${i % 997}/skills`, path: `skills/${name}`, tags: [pick(WORDS), pick(WORDS)], extra: {} };
  });
  return JSON.stringify({ version: 1, generated_at: new Date().toISOString(), skill_count: count, skills });
}

const raw = generateIndex(ENTRIES);
let t = performance.now();
const parsed = parseIndex(raw);
const parseMs = performance.now() - t;
t = performance.now();
const index = buildSearchIndex(parsed.entries);
const buildMs = performance.now() - t;

const queries: SearchQuery[] = [
  { q: '', offset: 0, limit: 30 },
  { q: '', source: 'clawhub', offset: 0, limit: 30 },
  { q: '', trust: 'trusted', offset: 600, limit: 30 },
  ...['p', 'pd', 'pdf', 'pdf ex', 'invoice ocr', 'kubernetes deploy', '中文', 'zzzz-no-match', 'a', 'e'].flatMap((q) => [
    { q, offset: 0, limit: 30 },
    { q, source: 'skills-sh', offset: 0, limit: 30 },
    { q, trust: 'community', offset: 90, limit: 30 },
  ]),
];

const times: number[] = [];
let matched = 0;
for (let round = 0; round < ROUNDS; round++) {
  for (const query of queries) {
    const start = performance.now();
    matched += searchIndex(index, query).total;
    times.push(performance.now() - start);
  }
}

console.log(`skills catalogue search, ${parsed.entries.length} entries (${(raw.length / 1e6).toFixed(1)} MB of JSON), ${times.length} searches`);
console.log(`  parse ${fmt(parseMs)}, build index ${fmt(buildMs)} (once per fetch)`);
console.log(`  search median ${fmt(quantile(times, 0.5))}, p95 ${fmt(quantile(times, 0.95))}, max ${fmt(Math.max(...times))}  (target: median < 20 ms)`);
console.log(`  (${matched} matches counted, so the work is not optimised away)`);
