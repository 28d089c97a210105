import type { Config } from '@/lib/config';
import { TerminalManager } from './manager';
import { nodePtySpawner } from './node-pty-spawn';
import { registerTerminalManager } from './registry';
import { createTerminalSocketRoute, type TerminalSocketRoute } from './socket-route';

export interface TerminalService {
  socket: TerminalSocketRoute;
  /** Ends every terminal, closes their sockets and unregisters the manager. Idempotent. */
  dispose(): void;
}

/** Starts the terminal feature for this process: the manager (shared with Next through the registry) and its socket. */
export function startTerminalService(config: Config): TerminalService {
  const manager = new TerminalManager({
    spawn: nodePtySpawner(config.terminal),
    idleMs: config.terminal.idleMinutes * 60_000,
    maxOpen: config.terminal.maxOpen,
  });
  const unregister = registerTerminalManager(manager);
  const socket = createTerminalSocketRoute(manager);
  let disposed = false;
  return {
    socket,
    dispose() {
      if (disposed) return;
      disposed = true;
      socket.dispose();
      manager.dispose();
      unregister();
    },
  };
}
