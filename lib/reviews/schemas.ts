import { z } from 'zod';

export const reviewJobIdSchema = z.string().regex(/^[0-9a-f]{1,64}$/, 'must be a job id (hex)');
const stampSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}$/, 'must be a run time like 2026-11-17_08-00-33');

/** Route params of one review: `/api/reviews/<job>/<stamp>`; yields the output id `<job>/<stamp>`. */
export const reviewParamsSchema = z.object({ job: reviewJobIdSchema, stamp: stampSchema }).transform((p) => `${p.job}/${p.stamp}`);

export const REVIEWS_PAGE_SIZE = 30;

export const listReviewsQuerySchema = z.object({
  job: reviewJobIdSchema.optional(),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(100).default(REVIEWS_PAGE_SIZE),
});
export type ListReviewsQuery = z.infer<typeof listReviewsQuerySchema>;

/** Body of "mark all read": every run, or one job's. */
export const markAllReadSchema = z.strictObject({ job: reviewJobIdSchema.optional() });
