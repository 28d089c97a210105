import { handle } from '@/lib/http/handle';
import { cacheableJson } from '@/lib/skills/cacheable-json';
import { listInstalled } from '@/lib/skills/installed';

export const dynamic = 'force-dynamic';

/** Every installed skill with categories and tag counts; small enough to filter in the browser. */
export async function GET(req: Request): Promise<Response> {
  return handle(async () => cacheableJson(req, await listInstalled()));
}
