import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { TerminalManager } from './manager';
import { clientMessageSchema, CLOSE_CODES, socketQuerySchema } from './protocol';
import type { Attachment, TerminalClient } from './terminal-session';

/** Largest frame a browser may send: an input piece of INPUT_MAX_CHARS, JSON-escaped, fits with room. */
export const WS_MAX_PAYLOAD_BYTES = 128 * 1024;
/** A socket with this much output queued is too slow; it is closed and replays from the ring buffer on reconnect. */
export const MAX_QUEUED_OUTPUT_BYTES = 4 * 1024 * 1024;
/** Pings find sockets of phones that slept without closing, so their terminal counts as detached. */
export const HEARTBEAT_MS = 25_000;

export interface TerminalSocketRoute {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Closes every terminal socket and stops the heartbeat. Idempotent. */
  dispose(): void;
}

function parseQuery(req: IncomingMessage) {
  const url = new URL(req.url ?? '/', 'http://paddock.invalid');
  return socketQuerySchema.safeParse(Object.fromEntries(url.searchParams));
}

function parseMessage(data: RawData, isBinary: boolean) {
  if (isBinary) return undefined;
  try {
    const parsed = clientMessageSchema.safeParse(JSON.parse(data.toString()));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function clientFor(ws: WebSocket): TerminalClient {
  return {
    output(data) {
      if (ws.readyState !== ws.OPEN) return;
      if (ws.bufferedAmount > MAX_QUEUED_OUTPUT_BYTES) ws.close(CLOSE_CODES.tooSlow, 'Too far behind; reconnecting.');
      else ws.send(data, { binary: true });
    },
    message(message) {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
    },
    close(code, reason) {
      ws.close(code, reason);
    },
  };
}

/** Wires one authenticated socket to its terminal. The socket's end only detaches; the shell lives on. */
function bridge(ws: WebSocket, req: IncomingMessage, manager: TerminalManager): void {
  const query = parseQuery(req);
  if (!query.success) return ws.close(CLOSE_CODES.badRequest, 'Bad terminal address.');
  const attachment: Attachment | undefined = manager.attach(query.data.id, clientFor(ws), query.data.since);
  if (!attachment) return ws.close(CLOSE_CODES.notFound, 'That terminal is gone.');
  ws.on('message', (data, isBinary) => {
    const message = parseMessage(data, isBinary);
    if (!message) return ws.close(CLOSE_CODES.badRequest, 'Bad terminal message.');
    if (message.type === 'input') attachment.write(message.data);
    else attachment.resize(message.cols, message.rows);
  });
  ws.on('close', () => attachment.detach());
  ws.on('error', () => ws.terminate());
}

/** The WebSocket endpoint of the terminal, for server/upgrade.ts: it runs only after the guard allowed the upgrade. */
export function createTerminalSocketRoute(manager: TerminalManager): TerminalSocketRoute {
  const wss = new WebSocketServer({ noServer: true, maxPayload: WS_MAX_PAYLOAD_BYTES, perMessageDeflate: false });
  const alive = new WeakSet<WebSocket>();
  wss.on('connection', (ws: WebSocket, req: IncomingMessage) => {
    alive.add(ws);
    ws.on('pong', () => alive.add(ws));
    bridge(ws, req, manager);
  });
  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) ws.terminate();
      else {
        alive.delete(ws);
        ws.ping();
      }
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();
  let disposed = false;
  return {
    handleUpgrade(req, socket, head) {
      if (disposed) return void socket.destroy();
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      clearInterval(heartbeat);
      for (const ws of wss.clients) ws.close(CLOSE_CODES.shutdown, 'Paddock is shutting down.');
      wss.close();
    },
  };
}
