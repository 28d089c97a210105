import { type CacheMeta, readIndexCache, writeCacheMeta, writeIndexCache } from './index-cache';
import { downloadIndex, type IndexDownload, type IndexValidators } from './index-download';
import { parseIndex } from './index-file';
import { buildSearchIndex, type SearchIndex } from './search-index';

/** The index is rebuilt daily upstream; asking more often than this only costs the user's bandwidth. */
export const REFRESH_INTERVAL_MS = 6 * 60 * 60 * 1000;
/** With no copy at all, a failed first fetch may be retried this soon (the user is waiting on an empty screen). */
export const FIRST_FETCH_RETRY_MS = 60 * 1000;

export interface CatalogueStatus {
  url: string;
  /** ms epoch of the index's own generated_at */
  generatedAt: number | null;
  /** ms epoch the copy in use was downloaded */
  fetchedAt: number | null;
  /** ms epoch the source was last asked successfully */
  checkedAt: number | null;
  skillCount: number;
  refreshing: boolean;
  /** Why the last fetch failed, when it did; the cached copy is still served. */
  lastError: string | null;
}

export interface CatalogueDeps {
  dataDir: string;
  url: string;
  download?: (url: string, previous: IndexValidators | null) => Promise<IndexDownload>;
  now?: () => number;
}

interface Loaded {
  index: SearchIndex;
  generatedAt: number | null;
  meta: CacheMeta;
}

/**
 * The hub catalogue of one index URL: loaded from the DATA_DIR copy first, fetched when there is
 * none, then refreshed in the background when the copy is older than REFRESH_INTERVAL_MS. A failed
 * fetch never drops a good copy, so the catalogue keeps working offline. Nothing runs on a timer:
 * a refresh starts only when someone looks, so there is nothing to dispose.
 */
export class Catalogue {
  private loaded: Loaded | null = null;
  private diskRead: Promise<void> | null = null;
  private inFlight: Promise<void> | null = null;
  private lastAttemptAt: number | null = null;
  private lastError: string | null = null;
  private readonly download: NonNullable<CatalogueDeps['download']>;
  private readonly now: () => number;

  constructor(private readonly deps: CatalogueDeps) {
    this.download = deps.download ?? downloadIndex;
    this.now = deps.now ?? Date.now;
  }

  /**
   * The search index, fetching it first if there is no copy at all. Starts a background refresh when
   * the copy is due. Throws an Error saying why only when there is no copy and the fetch failed.
   */
  async index(): Promise<SearchIndex> {
    this.diskRead ??= this.readDisk();
    await this.diskRead;
    if (!this.loaded) {
      if (this.inFlight || this.mayRetryFirstFetch()) await this.refresh();
      if (!this.loaded) throw new Error(`The skills catalogue could not be fetched from ${this.deps.url}: ${this.lastError ?? 'unknown error'}.`);
    } else if (this.isDue()) {
      void this.refresh();
    }
    return this.loaded.index;
  }

  /**
   * The search index if a copy is at hand, else null after starting the first fetch in the
   * background, so a page can render at once and let the browser wait for the download instead.
   */
  async peek(): Promise<SearchIndex | null> {
    this.diskRead ??= this.readDisk();
    await this.diskRead;
    if (this.loaded) return this.index();
    if (!this.inFlight && this.mayRetryFirstFetch()) void this.refresh();
    return null;
  }

  status(): CatalogueStatus {
    const meta = this.loaded?.meta;
    return {
      url: this.deps.url,
      generatedAt: this.loaded?.generatedAt ?? null,
      fetchedAt: meta?.fetchedAt ?? null,
      checkedAt: meta?.checkedAt ?? null,
      skillCount: this.loaded?.index.entries.length ?? 0,
      refreshing: this.inFlight !== null,
      lastError: this.lastError,
    };
  }

  /** Fetches now unless a fetch is already running; resolves when it ends. Never rejects. */
  refresh(): Promise<void> {
    this.inFlight ??= this.fetchOnce().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private mayRetryFirstFetch(): boolean {
    return this.lastAttemptAt === null || this.now() - this.lastAttemptAt >= FIRST_FETCH_RETRY_MS;
  }

  private isDue(): boolean {
    if (this.inFlight) return false;
    const meta = this.loaded?.meta;
    const urlChanged = meta !== undefined && meta.url !== this.deps.url;
    const lastAsked = Math.max(meta?.checkedAt ?? 0, this.lastAttemptAt ?? 0);
    return (urlChanged && this.lastAttemptAt === null) || this.now() - lastAsked >= REFRESH_INTERVAL_MS;
  }

  private async readDisk(): Promise<void> {
    const cached = await readIndexCache(this.deps.dataDir);
    if (!cached) return;
    try {
      const parsed = parseIndex(cached.text);
      this.loaded = { index: buildSearchIndex(parsed.entries), generatedAt: parsed.generatedAt, meta: cached.meta };
    } catch {
      // A damaged copy is as good as none: the first look fetches a fresh one.
    }
  }

  private async fetchOnce(): Promise<void> {
    const startedAt = this.now();
    this.lastAttemptAt = startedAt;
    const previous = this.loaded?.meta.url === this.deps.url ? this.loaded.meta.validators : null;
    try {
      const result = await this.download(this.deps.url, previous);
      if (!result.changed && this.loaded) {
        const meta = { ...this.loaded.meta, checkedAt: startedAt };
        this.loaded = { ...this.loaded, meta };
        await writeCacheMeta(this.deps.dataDir, meta);
      } else if (result.changed) {
        const parsed = parseIndex(result.text);
        const meta: CacheMeta = { url: this.deps.url, fetchedAt: startedAt, checkedAt: startedAt, validators: result.validators };
        // Parsed before it is written: a bad download must not replace a good copy on disk.
        this.loaded = { index: buildSearchIndex(parsed.entries), generatedAt: parsed.generatedAt, meta };
        await writeIndexCache(this.deps.dataDir, result.text, meta);
      }
      this.lastError = null;
    } catch (error) {
      this.lastError = error instanceof Error ? error.message : String(error);
      console.warn(`[paddock] skills catalogue refresh from ${this.deps.url} failed: ${this.lastError}`);
    }
  }
}

const SLOT = Symbol.for('paddock.skills.catalogues');
type Slot = { [SLOT]?: Map<string, Catalogue> };

/**
 * The process's catalogue for a data dir and URL. Kept on globalThis: pages and route handlers run
 * from separate bundles with their own module copies, and one download must serve them all.
 */
export function catalogueFor(dataDir: string, url: string): Catalogue {
  const slot = globalThis as typeof globalThis & Slot;
  const all = (slot[SLOT] ??= new Map());
  const key = `${dataDir}\n${url}`;
  let catalogue = all.get(key);
  if (!catalogue) {
    catalogue = new Catalogue({ dataDir, url });
    all.set(key, catalogue);
  }
  return catalogue;
}
