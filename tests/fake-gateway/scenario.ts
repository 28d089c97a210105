import { z } from 'zod';

const delayMs = z.number().int().min(0).max(600_000);

/**
 * Faults the fake can be switched into. Timing and stream faults apply to /v1/chat/completions;
 * `status` and `refuse` apply to every route except the fake-only /__fake/* controls.
 */
export const scenarioSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('normal') }),
  /** Waits `delayMs` before every streamed piece (content chunk or tool event). */
  z.object({ kind: z.literal('slow_tokens'), delayMs }),
  /** Sends nothing at all, not even headers, for `delayMs`. */
  z.object({ kind: z.literal('first_byte_delay'), delayMs }),
  /** Answers every route with this status and the gateway's own error envelope. */
  z.object({ kind: z.literal('status'), status: z.union([z.literal(401), z.literal(500), z.literal(502), z.literal(503)]) }),
  /** Resets the TCP connection as soon as a request arrives. */
  z.object({ kind: z.literal('refuse') }),
  /** Closes the connection after `afterChunks` content chunks: no finish chunk, no [DONE]. */
  z.object({ kind: z.literal('cut_stream'), afterChunks: z.number().int().min(0) }),
  /**
   * Keepalive comments after `everyMs` of silence instead of 30 s; the agent "thinks" silently for
   * `silenceMs` (default 2.5 × everyMs, so two keepalives) before it answers.
   */
  z.object({ kind: z.literal('keepalive'), everyMs: z.number().int().min(1).max(600_000), silenceMs: delayMs.optional() }),
]);

export type Scenario = z.infer<typeof scenarioSchema>;

export const NORMAL_SCENARIO: Scenario = { kind: 'normal' };

/** What one chat completion should do, derived from the scenario in force when it started. */
export interface ChatPacing {
  firstByteDelayMs: number;
  pieceDelayMs: number;
  silenceMs: number;
  keepaliveMs: number;
  cutAfterChunks: number | undefined;
}

/** The real gateway's CHAT_COMPLETIONS_SSE_KEEPALIVE_SECONDS. */
const DEFAULT_KEEPALIVE_MS = 30_000;

export function chatPacing(scenario: Scenario): ChatPacing {
  const pacing: ChatPacing = { firstByteDelayMs: 0, pieceDelayMs: 0, silenceMs: 0, keepaliveMs: DEFAULT_KEEPALIVE_MS, cutAfterChunks: undefined };
  switch (scenario.kind) {
    case 'slow_tokens':
      return { ...pacing, pieceDelayMs: scenario.delayMs };
    case 'first_byte_delay':
      return { ...pacing, firstByteDelayMs: scenario.delayMs };
    case 'cut_stream':
      return { ...pacing, cutAfterChunks: scenario.afterChunks };
    case 'keepalive':
      return { ...pacing, keepaliveMs: scenario.everyMs, silenceMs: scenario.silenceMs ?? Math.round(scenario.everyMs * 2.5) };
    default:
      return pacing;
  }
}
