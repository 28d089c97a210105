import type { IncomingMessage, ServerResponse } from 'node:http';
import type Database from 'better-sqlite3';
import type { JobStore } from './jobs';
import type { Scenario } from './scenario';
import type { SessionStore } from './sessions';

/** One request as the fake received it, for tests to assert on what a client really sent. */
export interface RecordedRequest {
  method: string;
  /** Path and query string, as sent. */
  path: string;
  /** Lower-cased header names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  body: string;
  /** True when the client closed the connection before the response was complete. */
  aborted: boolean;
}

export interface GatewayState {
  readonly apiKey: string | undefined;
  scenario: Scenario;
  readonly requests: RecordedRequest[];
  readonly sessions: SessionStore;
  readonly jobs: JobStore;
  /** The agent's state.db when the session API is on (FakeGatewayOptions.sessionApi). */
  readonly sessionDb: Database.Database | undefined;
  /** Chat completions in progress, reported by /health/detailed. */
  activeAgents: number;
  readonly startedAt: Date;
}

export interface RequestContext {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly url: URL;
  /** Captures of the matched route pattern. */
  readonly params: readonly string[];
  /** The request body; null when a chunked body ran past the size limit. */
  readonly body: string | null;
  readonly state: GatewayState;
  /** Aborts when the response closes for any reason, so pending waits stop. */
  readonly signal: AbortSignal;
  /** Closes the connection mid-response as a scripted fault; unlike a client disconnect it is not recorded as aborted. */
  cutConnection(): void;
}

export type RouteHandler = (ctx: RequestContext) => void | Promise<void>;
