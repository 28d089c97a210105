import { z } from 'zod';
import { relativePathSchema, skillIdParamsSchema } from './skill-paths';

export { skillIdParamsSchema };

/** First page of the catalogue, and each page after it. */
export const CATALOGUE_PAGE_SIZE = 30;
export const MAX_CATALOGUE_PAGE_SIZE = 100;
export const MAX_QUERY_CHARS = 200;

const facet = z.string().trim().min(1).max(64).optional();

/** `GET /api/skills/catalogue?q=&source=&trust=&offset=&limit=` */
export const catalogueQuerySchema = z.object({
  q: z.string().max(MAX_QUERY_CHARS, `must be at most ${MAX_QUERY_CHARS} characters`).default(''),
  source: facet,
  trust: facet,
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(MAX_CATALOGUE_PAGE_SIZE).default(CATALOGUE_PAGE_SIZE),
});
export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>;

/** `GET /api/skills/files/<skill id>?path=<file in the skill>` */
export const skillFileQuerySchema = z.object({ path: relativePathSchema });
