import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { TlsFiles } from '@/lib/config';

export interface Listener {
  server: http.Server;
  scheme: 'http' | 'https';
  dispose(): void;
}

/**
 * An HTTP server, or HTTPS from TLS_CERT_FILE/TLS_KEY_FILE. The cert files are re-read when they
 * change on disk, because `tailscale cert` renews them in place every few months. Both files are
 * watched: a renewal writes them one after the other, and a poll that lands in between sees a new
 * certificate with the old key, which fails; the second file's change then loads the matching pair.
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
  const files = [tls.certFile, tls.keyFile];
  for (const file of files) fs.watchFile(file, { interval: tls.reloadPollMs }, reload);
  return { server, scheme: 'https', dispose: () => files.forEach((file) => fs.unwatchFile(file, reload)) };
}
