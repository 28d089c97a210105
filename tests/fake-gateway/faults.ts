import type { ServerResponse } from 'node:http';
import { invalidApiKeyError, openAiError, plainError } from './errors';
import { sendJson, type LeadingHeaders } from './http-reply';
import type { JsonObject } from './json';

type FaultStatus = 401 | 500 | 502 | 503;

function faultBody(status: Exclude<FaultStatus, 401>, jobsRoute: boolean): { body: JsonObject; headers: LeadingHeaders } {
  // /api/jobs* handlers turn every exception into {"error": str(e)}; /v1/* uses OpenAI envelopes.
  if (status === 500) {
    return jobsRoute
      ? { body: plainError('Internal server error'), headers: {} }
      : { body: openAiError('Internal server error: simulated agent failure', { type: 'server_error' }), headers: {} };
  }
  if (status === 502) {
    if (jobsRoute) return { body: plainError('Bad gateway'), headers: {} };
    const body = {
      error: {
        ...openAiError('Agent run did not produce a response.', { type: 'server_error', code: 'agent_incomplete' }).error,
        hermes: { completed: false, partial: false, failed: true },
      },
    };
    return { body, headers: { 'X-Hermes-Completed': 'false', 'X-Hermes-Partial': 'false' } };
  }
  return jobsRoute
    ? { body: plainError('Service unavailable'), headers: {} }
    : { body: openAiError('Service unavailable', { type: 'server_error' }), headers: {} };
}

/** Answers as the gateway does when it fails with `status` (the `status` scenario). */
export function sendStatusFault(res: ServerResponse, status: FaultStatus, pathname: string): void {
  if (status === 401) {
    sendJson(res, 401, invalidApiKeyError());
    return;
  }
  const { body, headers } = faultBody(status, pathname.startsWith('/api/'));
  sendJson(res, status, body, headers);
}
