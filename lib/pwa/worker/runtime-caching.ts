/// <reference lib="webworker" />
import type { RouteMatchCallbackOptions, RuntimeCaching } from 'serwist';
import { requestKind, type RequestKind } from './request-kind';
import type { WorkerStrategies } from './strategies';
import { forwardLogout } from './user-data';
import { createShareHandler } from './share-target';

function kindOf({ request, url }: RouteMatchCallbackOptions, origin: string): RequestKind {
  return requestKind({ method: request.method, url, mode: request.mode, headers: request.headers }, origin);
}

/**
 * Serwist's runtime routes, one per request kind (see request-kind.ts). Requests of kind `bypass`
 * (streams, terminal, auth, every other non-GET) match no route, so the worker never answers them
 * and they go to the network untouched.
 */
export function runtimeCaching(strategies: WorkerStrategies, origin: string): RuntimeCaching[] {
  const is = (kind: RequestKind['kind']) => (options: RouteMatchCallbackOptions) => kindOf(options, origin).kind === kind;
  const inArea = (kind: 'page' | 'api', name: string) => (options: RouteMatchCallbackOptions) => {
    const found = kindOf(options, origin);
    return found.kind === kind && found.area.name === name;
  };
  return [
    { matcher: is('logout'), method: 'POST', handler: forwardLogout },
    { matcher: is('share'), method: 'POST', handler: createShareHandler(origin) },
    ...strategies.areas.flatMap(({ area, pages, api }): RuntimeCaching[] => [
      { matcher: inArea('page', area.name), handler: pages },
      { matcher: inArea('api', area.name), handler: api },
    ]),
    { matcher: is('navigation'), handler: strategies.navigation },
    { matcher: is('static'), handler: strategies.staticFiles },
    { matcher: is('photo'), handler: strategies.photos },
  ];
}
