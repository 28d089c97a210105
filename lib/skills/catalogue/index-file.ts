import { z } from 'zod';

/** One hub skill as Paddock keeps it: the index's fields minus what no screen uses. */
export interface IndexEntry {
  identifier: string;
  name: string;
  description: string;
  /** "official", "skills-sh", "github", "clawhub", "lobehub", "well-known", … */
  source: string;
  /** "builtin" | "trusted" | "community" today; kept as written. */
  trustLevel: string;
  /** "owner/name" on GitHub, when known. */
  repo: string | null;
  tags: string[];
  /** The per-tap provider label of GitHub-tap skills ("OpenAI", "NVIDIA"…), as Hermes shows it. */
  provider: string | null;
  /** A page about the skill (the hub's detail page, or its repository). */
  url: string | null;
  installs: number | null;
}

export interface ParsedIndex {
  entries: IndexEntry[];
  /** ms epoch of the index's `generated_at` */
  generatedAt: number | null;
  /** Entries dropped for lacking a name or identifier, or repeating an identifier. */
  skipped: number;
}

/** Descriptions beyond this are cut: a catalogue card shows two lines, and 90,000 long texts cost memory. */
export const MAX_INDEX_DESCRIPTION_CHARS = 600;
const MAX_TAGS = 20;

const text = z.string().nullish().catch(null);
const tags = z.array(z.unknown()).catch([]).transform((items) => items.filter((i): i is string => typeof i === 'string' && i.trim() !== '').slice(0, MAX_TAGS));

const entrySchema = z.object({
  name: z.string().trim().min(1),
  identifier: z.string().trim().min(1),
  description: text,
  source: text,
  trust_level: text,
  repo: text,
  tags: tags.optional(),
  extra: z.record(z.string(), z.unknown()).nullish().catch(null),
});

const fileSchema = z.object({
  generated_at: text,
  skills: z.array(z.unknown()),
});

function httpUrl(value: unknown): string | null {
  return typeof value === 'string' && /^https?:\/\//i.test(value) && URL.canParse(value) ? value : null;
}

function toEntry(e: z.infer<typeof entrySchema>): IndexEntry {
  const extra = e.extra ?? {};
  const repo = e.repo && /^[\w.-]+\/[\w.-]+$/.test(e.repo) ? e.repo : null;
  const installs = typeof extra.installs === 'number' && Number.isFinite(extra.installs) ? extra.installs : null;
  return {
    identifier: e.identifier,
    name: e.name,
    description: (e.description ?? '').trim().slice(0, MAX_INDEX_DESCRIPTION_CHARS),
    source: e.source ?? 'unknown',
    trustLevel: e.trust_level ?? 'community',
    repo,
    tags: e.tags ?? [],
    provider: typeof extra.provider === 'string' ? extra.provider : null,
    url: httpUrl(extra.detail_url) ?? httpUrl(extra.repo_url) ?? (repo ? `https://github.com/${repo}` : null),
    installs,
  };
}

/**
 * Reads the Hermes Skills Index JSON (hermes-gateway.md §7.2). Lenient per entry (a bad entry is
 * skipped and counted), strict about the whole: text that is not `{skills: [...]}` throws, so a
 * captive-portal page or a truncated download never replaces a good cached copy.
 */
export function parseIndex(raw: string): ParsedIndex {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new Error('the download is not JSON');
  }
  const file = fileSchema.safeParse(json);
  if (!file.success) throw new Error('the JSON is not a Hermes skills index (no "skills" list)');
  const seen = new Set<string>();
  const entries: IndexEntry[] = [];
  let skipped = 0;
  for (const item of file.data.skills) {
    const parsed = entrySchema.safeParse(item);
    if (!parsed.success || seen.has(parsed.data.identifier)) {
      skipped++;
      continue;
    }
    seen.add(parsed.data.identifier);
    entries.push(toEntry(parsed.data));
  }
  const generated = file.data.generated_at ? Date.parse(file.data.generated_at) : Number.NaN;
  return { entries, generatedAt: Number.isFinite(generated) ? generated : null, skipped };
}
