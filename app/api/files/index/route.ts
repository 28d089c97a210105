import { quickOpenIndex } from '@/lib/files/quick-open';
import { handle } from '@/lib/http/handle';

export const dynamic = 'force-dynamic';

/** Every openable file's path, for quick open (Cmd+P). */
export async function GET(): Promise<Response> {
  return handle(async () => Response.json(await quickOpenIndex()));
}
