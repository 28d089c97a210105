import { getConfig } from '@/lib/config';
import { handle } from '@/lib/http/handle';
import { readServiceWorker } from '@/lib/pwa/service-worker-file';

export const dynamic = 'force-dynamic';

/**
 * The service worker script (built from app/sw.ts). `no-cache` makes every update check reach the
 * server, so a new deployment is noticed on the next visit rather than after an HTTP cache expiry.
 */
export async function GET(): Promise<Response> {
  return handle(async () => {
    const script = readServiceWorker(getConfig().distDir);
    return new Response(new Uint8Array(script), { headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache, max-age=0' } });
  });
}
