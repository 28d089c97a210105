import { MAX_SAVE_BODY_BYTES } from '@/lib/files/limits';
import { readJsonLimited } from '@/lib/files/read-body';
import { restoreFileBackup } from '@/lib/files/restore-backup';
import { restoreBodySchema } from '@/lib/files/schemas';
import { handle } from '@/lib/http/handle';

export const dynamic = 'force-dynamic';

/** Puts a kept version back, with every rule of a save (the replaced version is kept in turn). */
export async function POST(req: Request): Promise<Response> {
  return handle(async () => Response.json(await restoreFileBackup(restoreBodySchema.parse(await readJsonLimited(req, MAX_SAVE_BODY_BYTES)))));
}
