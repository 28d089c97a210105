import { handle } from '@/lib/http/handle';
import { readJson } from '@/lib/http/read-json';
import { markAllReviewsRead } from '@/lib/reviews/review';
import { markAllReadSchema } from '@/lib/reviews/schemas';

export const dynamic = 'force-dynamic';

/** Marks every run read, or one job's with `{ "job": "<id>" }`. */
export async function POST(req: Request): Promise<Response> {
  return handle(async () => {
    const { job } = markAllReadSchema.parse(await readJson(req));
    return Response.json(await markAllReviewsRead(job));
  });
}
