import { MAX_SAVE_BODY_BYTES } from '@/lib/files/limits';
import { readJsonLimited } from '@/lib/files/read-body';
import { readFileDoc } from '@/lib/files/read-file';
import { saveFile } from '@/lib/files/save-file';
import { fileQuerySchema, queryOf, saveBodySchema } from '@/lib/files/schemas';
import { handle } from '@/lib/http/handle';

export const dynamic = 'force-dynamic';

/** One file: its text and version when it is text, and whether (or why not) it can be saved. */
export async function GET(req: Request): Promise<Response> {
  return handle(async () => Response.json(await readFileDoc(fileQuerySchema.parse(queryOf(req)).path)));
}

/** Saves a file over the version the editor loaded: 409 with the current text if it changed, 400 with line and column for bad YAML/JSON. */
export async function PUT(req: Request): Promise<Response> {
  return handle(async () => Response.json(await saveFile(saveBodySchema.parse(await readJsonLimited(req, MAX_SAVE_BODY_BYTES)))));
}
