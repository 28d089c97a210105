import net from 'node:net';
import { performance } from 'node:perf_hooks';

/**
 * A TCP pass-through placed in front of the gateway. It notes when each request arrives and when
 * each streamed content piece leaves the gateway, so both paths (direct and through Paddock) are
 * timed against the same clock at the same point.
 */
export interface Tap {
  port: number;
  /** When (by the tap's clock) the gateway emitted each content piece, by piece text. */
  pieceSentAt: Map<string, number>;
  /** When (by the tap's clock) each request's first bytes passed the tap, by the id `requestKey` finds. */
  requestAt: Map<string, number>;
  close(): Promise<void>;
}

const CONTENT = /"content": "((?:[^"\\]|\\.)*)"/g;
const SESSION = /x-hermes-session-id: ([^\r\n]+)/gi;

/**
 * `requestKey` finds a request's id in its bytes: by default the X-Hermes-Session-Id header a
 * gateway request carries; a tap in front of Paddock looks for the turn's conversationId instead.
 */
export async function startTap(targetPort: number, now: () => number = () => performance.now(), requestKey: RegExp = SESSION): Promise<Tap> {
  const pieceSentAt = new Map<string, number>();
  const requestAt = new Map<string, number>();
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    let pending = '';
    // Connections are kept alive, so every request on one is looked at, not only the first.
    client.on('data', (data) => {
      const at = now();
      for (const m of data.toString('latin1').matchAll(requestKey)) if (!requestAt.has(m[1]!.trim())) requestAt.set(m[1]!.trim(), at);
      upstream.write(data);
    });
    upstream.on('data', (data) => {
      const at = now();
      pending += data.toString('utf8');
      const cut = pending.lastIndexOf('\n\n');
      if (cut >= 0) {
        for (const m of pending.slice(0, cut).matchAll(CONTENT)) pieceSentAt.set(JSON.parse(`"${m[1]}"`) as string, at);
        pending = pending.slice(cut + 2);
      }
      client.write(data);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('tap not listening');
  return {
    port: address.port,
    pieceSentAt,
    requestAt,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
