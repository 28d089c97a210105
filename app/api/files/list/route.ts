import { listDirectory } from '@/lib/files/list-directory';
import { folderQuerySchema, queryOf } from '@/lib/files/schemas';
import { handle } from '@/lib/http/handle';

export const dynamic = 'force-dynamic';

/** One folder under the files root (`?path=`, default the root) with sizes and modified times. */
export async function GET(req: Request): Promise<Response> {
  return handle(async () => Response.json(await listDirectory(folderQuerySchema.parse(queryOf(req)).path)));
}
