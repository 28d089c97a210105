import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { ConfigError, loadConfig, type Config } from '@/lib/config';
import type { GuardVerdict } from '@/lib/auth/request-guard';
import { ensureSessionSecret } from '@/lib/auth/session-secret';
import { startPushService } from '@/lib/push/service';
import { TERMINAL_SOCKET_PATH } from '@/lib/terminal/protocol';
import { startTerminalService } from '@/lib/terminal/service';
import { createGuard, writeVerdict } from './guard';
import { createListener } from './listener';
import { nativeRouteFor } from './native-routes';
import { createUpgradeHandler, type UpgradeRoute } from './upgrade';

const SHUTDOWN_GRACE_MS = 10_000;

function loadOrExit(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const line of error.lines) console.error(line);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = loadOrExit();
  for (const warning of config.warnings) console.warn(`[paddock] ${warning}`);
  const secret = ensureSessionSecret(config);
  const push = startPushService(config);
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  // Next attaches its own 'upgrade' listener to the server it is given (or finds on the first request),
  // which would see every WebSocket upgrade without our guard. Hand it a server that never listens;
  // authenticated upgrades reach Next (HMR in dev) only through createUpgradeHandler's fallback.
  const app = next({ dev: config.dev, dir, hostname: config.host, port: config.port, httpServer: http.createServer() });
  await app.prepare();
  const handleNext = app.getRequestHandler();
  const guard = createGuard(config, secret);

  const fail = (res: http.ServerResponse, error: unknown) => {
    console.error('[paddock] request failed', error);
    if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ code: 'internal', message: 'Internal error.' }));
  };
  const handle = (req: http.IncomingMessage, res: http.ServerResponse, verdict: GuardVerdict) => {
    if (verdict.action !== 'allow') return writeVerdict(res, verdict);
    guard.decorate(req, res);
    const native = nativeRouteFor(req);
    void (native ? native(req, res) : handleNext(req, res)).catch((error: unknown) => fail(res, error));
  };
  const listener = createListener(config.tls, (req, res) => {
    try {
      const verdict = guard.check(req, false);
      if (verdict instanceof Promise) verdict.then((decided) => handle(req, res, decided)).catch((error: unknown) => fail(res, error));
      else handle(req, res, verdict);
    } catch (error) {
      fail(res, error);
    }
  });
  const routes = new Map<string, UpgradeRoute>();
  // Off means no manager and no socket route: the upgrade is refused before anything could spawn.
  const terminals = config.terminal.enabled ? startTerminalService(config) : undefined;
  if (terminals) routes.set(TERMINAL_SOCKET_PATH, (req, socket, head) => terminals.socket.handleUpgrade(req, socket, head));
  const nextUpgrade: UpgradeRoute | undefined = config.dev ? (req, socket, head) => void app.getUpgradeHandler()(req, socket, head) : undefined;
  listener.server.on('upgrade', createUpgradeHandler(guard, routes, nextUpgrade));

  listener.server.listen(config.port, config.host, () => {
    const address = listener.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const shownHost = config.host.includes(':') ? `[${config.host}]` : config.host;
    console.log(`[paddock] listening on ${listener.scheme}://${shownHost}:${port} (gateway ${config.gatewayUrl})`);
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[paddock] ${signal}: shutting down`);
    listener.dispose();
    terminals?.dispose();
    push.dispose();
    const force = setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS);
    force.unref();
    listener.server.close(() => {
      void app.close().finally(() => process.exit(0));
    });
    listener.server.closeIdleConnections();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

void main();
