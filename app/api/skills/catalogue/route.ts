import { handle } from '@/lib/http/handle';
import { getCataloguePage } from '@/lib/skills/catalogue-page';
import { catalogueQuerySchema } from '@/lib/skills/schemas';

export const dynamic = 'force-dynamic';

/** A page of the hub catalogue: `?q=&source=&trust=&offset=&limit=`, with facet counts and the copy's dates. */
export async function GET(req: Request): Promise<Response> {
  return handle(async () => {
    const query = catalogueQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    return Response.json(await getCataloguePage(query));
  });
}
