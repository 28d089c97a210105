/**
 * Request headers the server stamps after overwriting whatever the client sent, so route handlers
 * (which cannot see the socket) learn the client address and scheme without trusting the client.
 */
export const CLIENT_IP_HEADER = 'x-paddock-client-ip';
export const HTTPS_HEADER = 'x-paddock-https';

export function clientIp(req: Request): string {
  return req.headers.get(CLIENT_IP_HEADER) ?? 'unknown';
}

export function requestIsHttps(req: Request): boolean {
  return req.headers.get(HTTPS_HEADER) === '1';
}
