import { z } from 'zod';

export const SESSIONS_PAGE_SIZE = 30;
export const SEARCH_PAGE_SIZE = 20;

/** Hermes session ids are word characters with - _ . : (api-…, cron_…, sess_…, pwa-<uuid>). */
export const sessionIdSchema = z.string().regex(/^[\w.:@-]{1,200}$/, 'must be a session id');

function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    // Left encoded, it fails the id pattern below with a 400 instead of a 500.
    return raw;
  }
}

/** A session id as it arrives in a URL path segment (percent-encoded or not). */
export const sessionIdParamSchema = z.string().transform(decodeSegment).pipe(sessionIdSchema);

const sourceSchema = z.string().trim().min(1).max(64).optional();

export const listSessionsQuerySchema = z.object({
  source: sourceSchema,
  /** Title, first message or session id contains this (case-insensitive). */
  q: z.string().trim().max(200).optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(SESSIONS_PAGE_SIZE),
});
export type ListSessionsQuery = z.infer<typeof listSessionsQuerySchema>;

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, 'type something to search for').max(500),
  source: sourceSchema,
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(50).default(SEARCH_PAGE_SIZE),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;
