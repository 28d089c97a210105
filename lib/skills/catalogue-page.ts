import { getConfig } from '@/lib/config';
import { AppError } from '@/lib/http/app-error';
import { type Catalogue, catalogueFor } from './catalogue/catalogue';
import type { IndexEntry } from './catalogue/index-file';
import { installCommand } from './catalogue/install-command';
import { type SearchIndex, searchIndex } from './catalogue/search-index';
import { listInstalled } from './installed';
import type { CatalogueQuery } from './schemas';
import type { CatalogueItem, CataloguePage, InstalledMark } from './types';

/** Installed marks are re-read at most this often: a search runs per keystroke, a hub install takes minutes. */
export const INSTALLED_MARKS_TTL_MS = 15_000;

interface InstalledMarks {
  known: boolean;
  identifiers: ReadonlySet<string>;
  names: ReadonlySet<string>;
}

let marksCache: { at: number; marks: Promise<InstalledMarks> } | null = null;

async function readMarks(): Promise<InstalledMarks> {
  try {
    const { skills } = await listInstalled();
    return {
      known: true,
      identifiers: new Set(skills.flatMap((s) => (s.provenance.identifier ? [s.provenance.identifier] : []))),
      names: new Set(skills.map((s) => s.name.toLowerCase())),
    };
  } catch (error) {
    // No HERMES_HOME and no gateway skills endpoint: the catalogue still works, unmarked.
    if (error instanceof AppError) return { known: false, identifiers: new Set(), names: new Set() };
    throw error;
  }
}

function installedMarks(now = Date.now()): Promise<InstalledMarks> {
  if (!marksCache || now - marksCache.at >= INSTALLED_MARKS_TTL_MS) marksCache = { at: now, marks: readMarks() };
  return marksCache.marks;
}

function markOf(entry: IndexEntry, marks: InstalledMarks): InstalledMark {
  if (marks.identifiers.has(entry.identifier)) return 'installed';
  return marks.names.has(entry.name.toLowerCase()) ? 'same-name' : null;
}

function toItem(entry: IndexEntry, marks: InstalledMarks): CatalogueItem {
  return {
    identifier: entry.identifier,
    name: entry.name,
    description: entry.description,
    source: entry.source,
    provider: entry.provider,
    trustLevel: entry.trustLevel,
    tags: entry.tags,
    url: entry.url,
    installs: entry.installs,
    installed: markOf(entry, marks),
    installCommand: installCommand(entry.identifier),
  };
}

function currentCatalogue() {
  const config = getConfig();
  return catalogueFor(config.dataDir, config.skillsIndexUrl);
}

/**
 * One page of the hub catalogue for a search, with facet counts, the copy's dates and installed
 * marks; waits for the first download when there is no copy yet. Throws AppError
 * feature_unavailable when no copy exists and it cannot be fetched.
 */
export async function getCataloguePage(query: CatalogueQuery): Promise<CataloguePage> {
  const catalogue = currentCatalogue();
  const index = await catalogue.index().catch((error: unknown) => {
    throw new AppError('feature_unavailable', error instanceof Error ? error.message : 'The skills catalogue is not available.', { cause: error });
  });
  return pageOf(catalogue, index, query);
}

/** Like getCataloguePage, but null at once (the first download started) when there is no copy yet. */
export async function peekCataloguePage(query: CatalogueQuery): Promise<CataloguePage | null> {
  const catalogue = currentCatalogue();
  const index = await catalogue.peek();
  return index ? pageOf(catalogue, index, query) : null;
}

async function pageOf(catalogue: Catalogue, index: SearchIndex, query: CatalogueQuery): Promise<CataloguePage> {
  const marks = await installedMarks();
  const result = searchIndex(index, { q: query.q, source: query.source, trust: query.trust, offset: query.offset, limit: query.limit });
  return {
    items: result.items.map((e) => toItem(e, marks)),
    total: result.total,
    offset: query.offset,
    limit: query.limit,
    sources: result.sources,
    trustLevels: result.trustLevels,
    status: catalogue.status(),
    installedKnown: marks.known,
  };
}
