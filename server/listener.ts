import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { TlsFiles } from '@/lib/config';

const TLS_POLL_MS = 60_000;

export interface Listener {
  server: http.Server;
  scheme: 'http' | 'https';
  dispose(): void;
}

/**
 * An HTTP server, or HTTPS from TLS_CERT_FILE/TLS_KEY_FILE. The cert files are re-read when they
 * change on disk, because `tailscale cert` renews them in place every few months.
 */
export function createListener(tls: TlsFiles | undefined, handler: http.RequestListener): Listener {
  if (!tls) return { server: http.createServer(handler), scheme: 'http', dispose: () => undefined };
  const read = () => ({ cert: fs.readFileSync(tls.certFile), key: fs.readFileSync(tls.keyFile) });
  const server = https.createServer(read(), handler);
  const reload = () => {
    try {
      server.setSecureContext(read());
      console.log('[paddock] TLS certificate reloaded');
    } catch (error) {
      console.error('[paddock] TLS certificate reload failed; keeping the previous one', error);
    }
  };
  fs.watchFile(tls.certFile, { interval: TLS_POLL_MS }, reload);
  return { server, scheme: 'https', dispose: () => fs.unwatchFile(tls.certFile, reload) };
}
