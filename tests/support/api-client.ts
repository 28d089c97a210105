import type { PaddockServer } from './paddock-server';

export interface ApiReply<T = unknown> {
  status: number;
  body: T;
}

/** Calls a signed-in Paddock's API and reads the JSON reply; `json` is sent as the body. */
export function apiClient(server: PaddockServer, cookie: string) {
  return async function api<T = Record<string, unknown>>(path: string, init: { method?: string; json?: unknown; body?: string; contentType?: string } = {}): Promise<ApiReply<T>> {
    const body = init.json !== undefined ? JSON.stringify(init.json) : init.body;
    const response = await fetch(`${server.url}${path}`, {
      method: init.method ?? (body === undefined ? 'GET' : 'POST'),
      headers: { Cookie: cookie, Accept: 'application/json', ...(body !== undefined ? { 'Content-Type': init.contentType ?? 'application/json' } : {}) },
      body,
    });
    return { status: response.status, body: (await response.json()) as T };
  };
}
