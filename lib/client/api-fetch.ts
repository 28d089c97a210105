import type { ErrorCode } from '@/lib/http/app-error';
import { translator } from '@/lib/i18n/catalogue';
import { documentLocale } from '@/lib/i18n/document-locale';
import { clientMessages } from '@/lib/i18n/messages/client';

function t(key: keyof typeof clientMessages.en, vars?: Record<string, string | number>): string {
  return translator(clientMessages, documentLocale())(key, vars);
}

/** A failed Paddock API call, rebuilt from the server's `{ code, message }` body. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | 'offline' | 'unknown',
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Turns a non-OK response into an ApiError with the server's own words. */
export async function apiErrorFrom(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  if (body && typeof body === 'object' && 'code' in body && 'message' in body && typeof body.message === 'string') {
    return new ApiError(body.code as ErrorCode, body.message, response.status);
  }
  if (response.status === 401) return new ApiError('unauthorized', t('sessionEnded'), 401);
  return new ApiError('unknown', t('httpStatus', { status: String(response.status) }), response.status);
}

/** fetch for Paddock's own API: JSON in and out, network failures as ApiError('offline'). */
export async function apiFetch<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  let response: Response;
  try {
    response = await fetch(path, {
      ...rest,
      headers: { Accept: 'application/json', ...(json !== undefined ? { 'Content-Type': 'application/json' } : {}), ...rest.headers },
      body: json !== undefined ? JSON.stringify(json) : rest.body,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('offline', t('unreachable'), 0);
  }
  if (!response.ok) throw await apiErrorFrom(response);
  return (await response.json()) as T;
}
