import { readFileBackup } from '@/lib/files/restore-backup';
import { backupQuerySchema, queryOf } from '@/lib/files/schemas';
import { handle } from '@/lib/http/handle';

export const dynamic = 'force-dynamic';

/** The text of one kept version (`?path=&id=`), to compare before restoring. */
export async function GET(req: Request): Promise<Response> {
  return handle(async () => {
    const { path, id } = backupQuerySchema.parse(queryOf(req));
    return Response.json(await readFileBackup(path, id));
  });
}
