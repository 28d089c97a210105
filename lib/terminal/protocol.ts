import { z } from 'zod';

/**
 * The terminal's wire contract between browser and server: HTTP bodies, WebSocket messages, close
 * codes and their limits. Browser-safe on purpose (zod only, no Node imports), so components import
 * it and both sides validate against the same schemas.
 */

/**
 * No app route may match this path: Next attaches its own upgrade listener to the server and ends
 * any upgrade whose path matches a route, racing ours. Hence the HTTP API lives under /sessions.
 */
export const TERMINAL_SOCKET_PATH = '/api/terminal/ws';

export const MIN_COLS = 2;
export const MAX_COLS = 500;
export const MIN_ROWS = 1;
export const MAX_ROWS = 200;
/** Longest input message; the browser splits bigger pastes into pieces of this size. */
export const INPUT_MAX_CHARS = 8192;
/** Longest command another screen may type into a new terminal (`/terminal?type=`). */
export const TYPE_IN_MAX_CHARS = 1000;
export const NAME_MAX_CHARS = 40;

/** WebSocket close codes the browser acts on: only `closed` and `notFound` stop the reconnect loop. */
export const CLOSE_CODES = {
  /** The terminal was closed (tab closed, logout, idle timeout). */
  closed: 4000,
  /** Paddock is shutting down; the terminal is gone with it. */
  shutdown: 4001,
  /** This socket fell too far behind the output; reconnecting replays from the ring buffer. */
  tooSlow: 4008,
  notFound: 4004,
  badRequest: 4400,
} as const;

// C0/C1 controls and the bidi overrides that can make a command read differently from what runs.
const CONTROL_CHARS = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

export const terminalIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'is not a terminal id');
export const colsSchema = z.number().int().min(MIN_COLS).max(MAX_COLS);
export const rowsSchema = z.number().int().min(MIN_ROWS).max(MAX_ROWS);

export const terminalNameSchema = z
  .string()
  .trim()
  .min(1, 'name must not be empty')
  .max(NAME_MAX_CHARS, `name must be at most ${NAME_MAX_CHARS} characters`)
  .refine((v) => !CONTROL_CHARS.test(v), 'name must be printable text without control characters');

/** A command typed into a new terminal but not run: printable, one line, never a newline. */
export const typeInSchema = z
  .string()
  .min(1, 'command must not be empty')
  .max(TYPE_IN_MAX_CHARS, `command must be at most ${TYPE_IN_MAX_CHARS} characters`)
  .refine((v) => !CONTROL_CHARS.test(v), 'command must be printable text without control characters (no newline: it is typed, not run)');

export const createTerminalSchema = z.strictObject({
  name: terminalNameSchema.optional(),
  cols: colsSchema.optional(),
  rows: rowsSchema.optional(),
  typeIn: typeInSchema.optional(),
});
export type CreateTerminal = z.infer<typeof createTerminalSchema>;

export const renameTerminalSchema = z.strictObject({ name: terminalNameSchema });

export const terminalParamsSchema = z.object({ id: terminalIdSchema });

/** Query of the socket URL: which terminal, and the output offset the browser already has. */
export const socketQuerySchema = z.object({
  id: terminalIdSchema,
  since: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
});

export const clientMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('input'), data: z.string().min(1).max(INPUT_MAX_CHARS) }),
  z.strictObject({ type: z.literal('resize'), cols: colsSchema, rows: rowsSchema }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

export const terminalSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(['running', 'exited']),
  /** True while at least one socket (any device) is attached. */
  attached: z.boolean(),
  exitCode: z.number().int().nullable(),
  cols: z.number().int(),
  rows: z.number().int(),
  createdAt: z.string(),
});
export type TerminalSummary = z.infer<typeof terminalSummarySchema>;

export const terminalListSchema = z.object({ terminals: z.array(terminalSummarySchema), max: z.number().int() });
export type TerminalList = z.infer<typeof terminalListSchema>;

/**
 * Text frames from the server. Output itself travels as binary frames; `offset` in `attached` is
 * where the replay that follows starts, so the browser can count bytes and ask to resume there.
 */
export const serverMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('attached'), terminal: terminalSummarySchema, offset: z.number().int().min(0), truncated: z.boolean() }),
  z.object({ type: z.literal('exit'), exitCode: z.number().int(), signal: z.number().int().nullable() }),
]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;
