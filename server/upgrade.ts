import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Guard } from './guard';

export type UpgradeRoute = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

const STATUS_TEXT: Readonly<Record<number, string>> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found' };

/** Refuses a WebSocket upgrade before any handler (and so any shell) exists. */
export function refuseUpgrade(socket: Duplex, status: number, message: string): void {
  const body = JSON.stringify({ message });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Error'}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

/**
 * Routes authenticated upgrades by path. `routes` holds Paddock's own sockets (the terminal);
 * `fallback` is Next's HMR upgrade in development. Anything else is refused.
 */
export function createUpgradeHandler(guard: Guard, routes: ReadonlyMap<string, UpgradeRoute>, fallback: UpgradeRoute | undefined) {
  return async (req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> => {
    socket.on('error', () => socket.destroy());
    const verdict = await guard.check(req, true);
    if (verdict.action !== 'allow') {
      refuseUpgrade(socket, verdict.action === 'redirect' ? 401 : verdict.status, verdict.action === 'redirect' ? 'Log in first.' : verdict.message);
      return;
    }
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    const route = routes.get(pathname) ?? (pathname.startsWith('/_next/') ? fallback : undefined);
    if (!route) {
      refuseUpgrade(socket, 404, 'No WebSocket here.');
      return;
    }
    route(req, socket, head);
  };
}
