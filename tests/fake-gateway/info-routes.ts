import type { RequestContext } from './context';
import { sendJson } from './http-reply';
import { SESSION_API_ENDPOINTS } from './session-api';
import { MODEL_NAME, PLATFORM_NAME } from './identity';
import { pyIsoTimestamp } from './time';

export function handleHealth({ res }: RequestContext): void {
  sendJson(res, 200, { status: 'ok', platform: PLATFORM_NAME });
}

export function handleHealthDetailed({ res, state }: RequestContext): void {
  const startedAt = pyIsoTimestamp(state.startedAt);
  sendJson(res, 200, {
    status: 'ok',
    platform: PLATFORM_NAME,
    gateway_state: 'running',
    platforms: { api_server: { state: 'connected', error_code: null, error_message: null, updated_at: startedAt } },
    active_agents: state.activeAgents,
    exit_reason: null,
    updated_at: startedAt,
    pid: process.pid,
  });
}

export function handleModels({ res }: RequestContext): void {
  sendJson(res, 200, {
    object: 'list',
    data: [
      {
        id: MODEL_NAME,
        object: 'model',
        created: Math.floor(Date.now() / 1000),
        owned_by: 'hermes',
        permission: [],
        root: MODEL_NAME,
        parent: null,
      },
    ],
  });
}

const ENDPOINTS = {
  health: { method: 'GET', path: '/health' },
  health_detailed: { method: 'GET', path: '/health/detailed' },
  models: { method: 'GET', path: '/v1/models' },
  chat_completions: { method: 'POST', path: '/v1/chat/completions' },
  responses: { method: 'POST', path: '/v1/responses' },
  runs: { method: 'POST', path: '/v1/runs' },
  run_status: { method: 'GET', path: '/v1/runs/{run_id}' },
  run_events: { method: 'GET', path: '/v1/runs/{run_id}/events' },
  run_approval: { method: 'POST', path: '/v1/runs/{run_id}/approval' },
  run_stop: { method: 'POST', path: '/v1/runs/{run_id}/stop' },
};

/** The real gateway's capabilities document; it advertises more than the fake implements. */
export function handleCapabilities({ res, state }: RequestContext): void {
  sendJson(res, 200, {
    object: 'hermes.api_server.capabilities',
    platform: PLATFORM_NAME,
    model: MODEL_NAME,
    auth: { type: 'bearer', required: Boolean(state.apiKey) },
    runtime: {
      mode: 'server_agent',
      tool_execution: 'server',
      split_runtime: false,
      description:
        'The API server creates a server-side Hermes AIAgent; tools execute on the API-server host unless a future explicit split-runtime mode is enabled.',
    },
    features: {
      chat_completions: true,
      chat_completions_streaming: true,
      responses_api: true,
      responses_streaming: true,
      run_submission: true,
      run_status: true,
      run_events_sse: true,
      run_stop: true,
      run_approval_response: true,
      tool_progress_events: true,
      approval_events: true,
      session_continuity_header: 'X-Hermes-Session-Id',
      session_key_header: 'X-Hermes-Session-Key',
      cors: false,
    },
    endpoints: state.sessionDb ? { ...ENDPOINTS, ...SESSION_API_ENDPOINTS } : ENDPOINTS,
  });
}
