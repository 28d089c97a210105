import { z } from 'zod';
import { readLoginScript } from '@/lib/auth/login-page/login-script-file';
import { getConfig } from '@/lib/config';
import { AppError } from '@/lib/http/app-error';
import { handle } from '@/lib/http/handle';

export const dynamic = 'force-dynamic';

const querySchema = z.object({ v: z.string().max(64).optional() });

/**
 * The login page's script (lib/pwa/login-script.ts). The page names it with `?v=` its content
 * hash: that URL never changes meaning, so it is cached for a year; any other `v` gets the current
 * script with `no-cache`, so an old version number never pins new code in a cache.
 */
export async function GET(req: Request): Promise<Response> {
  return handle(async () => {
    const { v } = querySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
    const script = readLoginScript(getConfig().distDir);
    if (!script) throw new AppError('not_found', 'This build has no login script: run `npm run build`.');
    const cache = v === script.version ? 'public, max-age=31536000, immutable' : 'no-cache';
    return new Response(new Uint8Array(script.body), { headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': cache } });
  });
}
