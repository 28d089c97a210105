import { listFileBackups } from '@/lib/files/restore-backup';
import { fileQuerySchema, queryOf } from '@/lib/files/schemas';
import { handle } from '@/lib/http/handle';

export const dynamic = 'force-dynamic';

/** The kept previous versions of one file, newest first. */
export async function GET(req: Request): Promise<Response> {
  return handle(async () => Response.json({ backups: await listFileBackups(fileQuerySchema.parse(queryOf(req)).path) }));
}
