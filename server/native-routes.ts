import type { IncomingMessage, ServerResponse } from 'node:http';
import { postTurn } from '@/lib/chat/turn-endpoint';

export type NativeRoute = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * Routes the server answers itself, after the guard, without Next: only where Next's dispatch
 * costs what the feature cannot afford. Keyed by `METHOD /path`; everything else goes to Next.
 */
export const NATIVE_ROUTES: ReadonlyMap<string, NativeRoute> = new Map([['POST /api/chat/turns', postTurn]]);

/** The native route for a request, if any. The query string never selects a route. */
export function nativeRouteFor(req: IncomingMessage): NativeRoute | undefined {
  const pathname = (req.url ?? '/').split('?')[0];
  return NATIVE_ROUTES.get(`${req.method ?? 'GET'} ${pathname}`);
}
