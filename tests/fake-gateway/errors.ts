import type { JsonObject } from './json';

// The gateway uses two error shapes (docs §2.2): OpenAI envelopes on /v1/* (some 400s without
// `param`/`code`) and a bare `{"error": "<text>"}` on /api/jobs*.

export type OpenAiErrorDetail = {
  message: string;
  type: 'invalid_request_error' | 'server_error';
  param: string | null;
  code: string | null;
};

export function openAiError(
  message: string,
  options: { type?: OpenAiErrorDetail['type']; param?: string | null; code?: string | null } = {},
): { error: OpenAiErrorDetail } {
  return {
    error: {
      message,
      type: options.type ?? 'invalid_request_error',
      param: options.param ?? null,
      code: options.code ?? null,
    },
  };
}

export function shortOpenAiError(message: string): JsonObject {
  return { error: { message, type: 'invalid_request_error' } };
}

export function plainError(message: string): JsonObject {
  return { error: message };
}

/** `_check_auth`'s reply: note it has no `param` key. */
export function invalidApiKeyError(): JsonObject {
  return { error: { message: 'Invalid API key', type: 'invalid_request_error', code: 'invalid_api_key' } };
}
