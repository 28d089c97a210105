import { getConfig } from '@/lib/config';
import { AppError } from '@/lib/http/app-error';

export const GATEWAY_TIMEOUT_MS = 10_000;

export interface GatewayTarget {
  url: string;
  key: string | undefined;
}

export function defaultTarget(): GatewayTarget {
  const config = getConfig();
  return { url: config.gatewayUrl, key: config.gatewayKey };
}

export interface GatewayRequestInit {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Applies until the response headers arrive; streams are then bounded by `signal` alone. */
  timeoutMs?: number;
}

/**
 * Calls the gateway server to server: adds the bearer key, sends JSON, and never forwards anything
 * of the browser's (Origin, cookies). Network failures become `gateway_unreachable`; a 401 becomes
 * `gateway_rejected_key`. Other statuses are returned for the caller to interpret.
 */
export async function gatewayFetch(path: string, init: GatewayRequestInit = {}, target = defaultTarget()): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
  if (target.key) headers.Authorization = `Bearer ${target.key}`;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const timeout = AbortSignal.timeout(init.timeoutMs ?? GATEWAY_TIMEOUT_MS);
  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(`${target.url}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal,
      redirect: 'error',
    });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    const timedOut = timeout.aborted;
    throw new AppError(
      'gateway_unreachable',
      timedOut ? `The Hermes gateway at ${target.url} did not answer within ${Math.round((init.timeoutMs ?? GATEWAY_TIMEOUT_MS) / 1000)} s.` : `The Hermes gateway is unreachable at ${target.url}. Is it running, and is HERMES_API_URL right?`,
      { cause: error },
    );
  }
  if (response.status === 401) {
    await response.body?.cancel();
    throw new AppError('gateway_rejected_key', 'The Hermes gateway rejected the API key. Check that HERMES_API_KEY matches the gateway\'s API_SERVER_KEY.');
  }
  return response;
}

/** Reads the gateway's error message from either envelope (`{error:{message}}` or `{error:"…"}`). */
export async function gatewayErrorMessage(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const body: unknown = JSON.parse(text);
    if (body && typeof body === 'object' && 'error' in body) {
      const err = (body as { error: unknown }).error;
      if (typeof err === 'string') return err;
      if (err && typeof err === 'object' && 'message' in err && typeof err.message === 'string') return err.message;
    }
  } catch {
    // Not JSON: fall through to the raw text.
  }
  return text.slice(0, 200) || `HTTP ${response.status}`;
}

/** Turns a non-OK gateway reply into an AppError a person understands. */
export async function gatewayFailure(response: Response, what: string): Promise<AppError> {
  const message = await gatewayErrorMessage(response);
  if (response.status === 404 || response.status === 405 || response.status === 501) {
    return new AppError('gateway_too_old', `This Hermes gateway does not support ${what} (HTTP ${response.status}). Update Hermes to use it.`);
  }
  if (response.status === 400) return new AppError('bad_request', `The gateway refused ${what}: ${message}`);
  if (response.status === 413) return new AppError('too_large', `The gateway refused ${what}: the request is over its 10 MB limit.`);
  return new AppError('gateway_error', `The gateway failed ${what} (HTTP ${response.status}): ${message}`);
}
