import type { GatewayState, RecordedRequest } from './context';
import { JobStore, readJobsFile } from './jobs';
import { NORMAL_SCENARIO, scenarioSchema, type Scenario } from './scenario';
import { createGatewayServer } from './server';
import { openSessionDb } from './session-api';
import { SessionStore, type StoredMessage } from './sessions';

export type { RecordedRequest } from './context';
export type { Scenario } from './scenario';
export type { StoredMessage } from './sessions';
export { scenarioSchema } from './scenario';
export { MAX_REQUEST_BYTES } from './server';

export interface FakeGatewayOptions {
  /** The bearer key (API_SERVER_KEY); without one every route is open, as on a keyless loopback gateway. */
  apiKey?: string;
  /** Seeds the jobs API from `<hermesHome>/cron/jobs.json` (read once, never written). */
  hermesHome?: string;
  /** Serves and advertises upstream Hermes' session API from `<hermesHome>/state.db` (read-only), as newer gateways do. */
  sessionApi?: boolean;
  /** Defaults to 0: a free port. */
  port?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
}

export interface FakeGateway {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:40123 */
  url: string;
  port: number;
  /** Every request except /__fake/* controls, in arrival order. */
  requests: RecordedRequest[];
  /** Validates with `scenarioSchema` (throws on a bad scenario) and applies to requests from now on. */
  setScenario(scenario: Scenario): void;
  /** The server-side history of a session, as X-Hermes-Session-Id continuation sees it. */
  sessionHistory(sessionId: string): StoredMessage[];
  /** Stops listening and destroys open sockets; safe to call more than once. */
  close(): Promise<void>;
}

/** Starts the fake Hermes gateway on a loopback port. */
export async function startFakeGateway(opts: FakeGatewayOptions = {}): Promise<FakeGateway> {
  const state: GatewayState = {
    apiKey: opts.apiKey || undefined,
    scenario: NORMAL_SCENARIO,
    requests: [],
    sessions: new SessionStore(),
    jobs: new JobStore(opts.hermesHome ? readJobsFile(opts.hermesHome) : []),
    sessionDb: opts.sessionApi && opts.hermesHome ? openSessionDb(opts.hermesHome) : undefined,
    activeAgents: 0,
    startedAt: new Date(),
  };
  const server = createGatewayServer(state);
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fake hermes gateway: not listening on a TCP port');
  const { port } = address;

  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    requests: state.requests,
    setScenario(scenario) {
      state.scenario = scenarioSchema.parse(scenario);
    },
    sessionHistory: (sessionId) => state.sessions.history(sessionId),
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => {
          state.sessionDb?.close();
          resolve();
        });
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
