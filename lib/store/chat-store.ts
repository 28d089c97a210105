import { z } from 'zod';
import { openStore } from './db';
import { claimQueue, type PendingClaim } from './pending-claims';
import { statement } from './statements';
import { toolChipSchema, usageSchema, type AssistantMessageStatus, type ChatMessage, type ConversationSummary, type ToolChip, type Usage } from './chat-types';

const TITLE_CHARS = 60;

const rowSchema = z.object({
  id: z.string(),
  conversation_id: z.string(),
  role: z.enum(['user', 'assistant']),
  reply_to: z.string().nullable(),
  text: z.string(),
  image_ids: z.string(),
  tools: z.string(),
  status: z.enum(['sending', 'delivered', 'undelivered', 'streaming', 'complete', 'stopped', 'failed']),
  error: z.string().nullable(),
  model: z.string().nullable(),
  usage: z.string().nullable(),
  created_at: z.number(),
  finished_at: z.number().nullable(),
});

function toMessage(row: unknown): ChatMessage {
  const r = rowSchema.parse(row);
  return {
    id: r.id,
    conversationId: r.conversation_id,
    role: r.role,
    replyTo: r.reply_to,
    text: r.text,
    imageIds: z.array(z.string()).parse(JSON.parse(r.image_ids)),
    tools: z.array(toolChipSchema).parse(JSON.parse(r.tools)),
    status: r.status,
    error: r.error,
    model: r.model,
    usage: r.usage ? usageSchema.parse(JSON.parse(r.usage)) : null,
    createdAt: r.created_at,
    finishedAt: r.finished_at,
  };
}

function titleFrom(text: string, imageCount: number): string {
  const line = text.trim().split('\n')[0]?.trim() ?? '';
  if (!line) return imageCount ? 'Photo' : 'New chat';
  return line.length > TITLE_CHARS ? `${line.slice(0, TITLE_CHARS - 1)}…` : line;
}

export interface UserMessageInput {
  id: string;
  conversationId: string;
  text: string;
  imageIds: string[];
  now?: number;
}

/**
 * A new conversation is created by its first message; an existing one is left as it is. Its
 * updated_at moves when the gateway answers (beginAnswer, markUndelivered): fewer pages written in
 * the claims' commit, which every turn starting at that moment waits behind.
 */
const CONVERSATION_CREATE = 'INSERT INTO conversations (id, title, created_at, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO NOTHING';
const CONVERSATION_TOUCH = 'UPDATE conversations SET updated_at = ? WHERE id = (SELECT conversation_id FROM chat_messages WHERE id = ?)';
const MESSAGE_CLAIM = `INSERT INTO chat_messages (id, conversation_id, role, text, image_ids, status, created_at) VALUES (?, ?, 'user', ?, ?, 'sending', ?)
  ON CONFLICT(id) DO UPDATE SET status = 'sending', error = NULL, text = excluded.text, image_ids = excluded.image_ids
  WHERE chat_messages.status = 'undelivered' AND chat_messages.conversation_id = excluded.conversation_id`;
const MESSAGE_STATE = 'SELECT status, conversation_id FROM chat_messages WHERE id = ?';
const messageStateSchema = z.object({ status: z.string(), conversation_id: z.string() }).optional();
/** Thrown inside one claim's savepoint so a refused claim leaves no trace, not even a new conversation. */
const DUPLICATE = Symbol('duplicate');

function logLost(error: unknown): void {
  console.error('[paddock] a claimed message could not be recorded', error);
}

/**
 * Claims a user message for sending; the message id is the idempotency key. Returns 'duplicate'
 * when that id was already sent or is being sent, so it never reaches the gateway twice; an id
 * whose earlier attempt never reached the gateway may be claimed again.
 *
 * The decision is made here, synchronously, against the pending claims and the table; the row is
 * written a moment later (writeClaims, on the next turn of the event loop, after the gateway call
 * has gone out), with every claim of that moment in one commit. The commit was the costliest step
 * between the user's tap and the gateway call, and twenty turns arriving together waited behind
 * twenty commits (bench/stream). If the write fails, `onLost` is called and the id stays refused.
 */
export function claimUserMessage(input: UserMessageInput, onLost: (error: unknown) => void = logLost): 'claimed' | 'duplicate' {
  if (claimQueue.claims.has(input.id)) return 'duplicate';
  const row = messageStateSchema.parse(statement(openStore(), MESSAGE_STATE).get(input.id));
  if (row && (row.status !== 'undelivered' || row.conversation_id !== input.conversationId)) return 'duplicate';
  const now = input.now ?? Date.now();
  claimQueue.claims.set(input.id, {
    id: input.id,
    conversationId: input.conversationId,
    title: titleFrom(input.text, input.imageIds.length),
    text: input.text,
    imageIds: JSON.stringify(input.imageIds),
    now,
    onLost,
    lost: false,
  });
  if (!claimQueue.scheduled) {
    claimQueue.scheduled = true;
    setImmediate(writeClaims);
  }
  return 'claimed';
}

function writeClaim(db: ReturnType<typeof openStore>, claim: PendingClaim): void {
  statement(db, CONVERSATION_CREATE).run(claim.conversationId, claim.title, claim.now, claim.now);
  // A new id inserts; an id whose earlier attempt never reached the gateway is taken again; any other id changes nothing.
  if (statement(db, MESSAGE_CLAIM).run(claim.id, claim.conversationId, claim.text, claim.imageIds, claim.now).changes !== 1) throw DUPLICATE;
}

/**
 * Writes every pending claim in one commit. Every other function here calls it first, so what
 * they read and write always includes the claims already made.
 */
export function writeClaims(): void {
  claimQueue.scheduled = false;
  const batch = [...claimQueue.claims.values()].filter((claim) => !claim.lost);
  if (batch.length === 0) return;
  const db = openStore();
  const refused = new Set<PendingClaim>();
  let failure: unknown;
  try {
    db.transaction(() => {
      for (const claim of batch) {
        try {
          // Its own savepoint: a claim another process took first is undone alone.
          db.transaction(() => writeClaim(db, claim))();
        } catch (error) {
          if (error !== DUPLICATE) throw error;
          refused.add(claim);
        }
      }
    })();
  } catch (error) {
    failure = error;
  }
  for (const claim of batch) {
    if (failure === undefined && !refused.has(claim)) {
      claimQueue.claims.delete(claim.id);
      continue;
    }
    claim.lost = true;
    claim.onLost(failure ?? new Error(`Message ${claim.id} was claimed by another writer.`));
  }
}

/** The gateway never got the message; `error` says why in plain words. */
export function markUndelivered(id: string, error: string, now = Date.now()): void {
  writeClaims();
  const db = openStore();
  db.transaction(() => {
    statement(db, "UPDATE chat_messages SET status = 'undelivered', error = ? WHERE id = ?").run(error, id);
    statement(db, CONVERSATION_TOUCH).run(now, id);
  })();
}

/**
 * The gateway accepted the message (answered 200), so from now on a resend would duplicate it; its
 * answer starts streaming. One commit for both: every commit before the first token is one more
 * that other turns starting at the same moment wait behind.
 */
export function beginAnswer(input: { userMessageId: string; assistantMessageId: string; conversationId: string; now?: number }): void {
  writeClaims();
  const db = openStore();
  const now = input.now ?? Date.now();
  db.transaction(() => {
    statement(db, "UPDATE chat_messages SET status = 'delivered', error = NULL WHERE id = ?").run(input.userMessageId);
    statement(db, "INSERT INTO chat_messages (id, conversation_id, role, reply_to, status, created_at) VALUES (?, ?, 'assistant', ?, 'streaming', ?)").run(
      input.assistantMessageId,
      input.conversationId,
      input.userMessageId,
      now,
    );
    statement(db, CONVERSATION_TOUCH).run(now, input.userMessageId);
  })();
}

export interface AssistantOutcome {
  id: string;
  text: string;
  tools: ToolChip[];
  status: Exclude<AssistantMessageStatus, 'streaming'>;
  error: string | null;
  model: string | null;
  usage: Usage | null;
  now?: number;
}

export function finishAssistantMessage(outcome: AssistantOutcome): void {
  writeClaims();
  const db = openStore();
  const now = outcome.now ?? Date.now();
  db.transaction(() => {
    statement(db, 'UPDATE chat_messages SET text = ?, tools = ?, status = ?, error = ?, model = ?, usage = ?, finished_at = ? WHERE id = ?').run(
      outcome.text,
      JSON.stringify(outcome.tools),
      outcome.status,
      outcome.error,
      outcome.model,
      outcome.usage ? JSON.stringify(outcome.usage) : null,
      now,
      outcome.id,
    );
    statement(db, CONVERSATION_TOUCH).run(now, outcome.id);
  })();
}

const summarySchema = z.object({ id: z.string(), title: z.string(), created_at: z.number(), updated_at: z.number(), message_count: z.number() });
const SUMMARY_SELECT = 'SELECT c.id, c.title, c.created_at, c.updated_at, (SELECT COUNT(*) FROM chat_messages m WHERE m.conversation_id = c.id) AS message_count FROM conversations c';

function toSummary(row: unknown): ConversationSummary {
  const r = summarySchema.parse(row);
  return { id: r.id, title: r.title, createdAt: r.created_at, updatedAt: r.updated_at, messageCount: r.message_count };
}

/** Paddock's conversations, most recently active first. */
export function listConversations(limit = 50): ConversationSummary[] {
  writeClaims();
  return openStore().prepare(`${SUMMARY_SELECT} ORDER BY c.updated_at DESC LIMIT ?`).all(limit).map(toSummary);
}

/** One conversation with every message Paddock saw in it, oldest first. */
export function getConversation(id: string): { conversation: ConversationSummary; messages: ChatMessage[] } | undefined {
  writeClaims();
  const row = openStore().prepare(`${SUMMARY_SELECT} WHERE c.id = ?`).get(id);
  if (!row) return undefined;
  const messages = openStore().prepare('SELECT * FROM chat_messages WHERE conversation_id = ? ORDER BY created_at, rowid').all(id).map(toMessage);
  return { conversation: toSummary(row), messages };
}

export function getMessage(id: string): ChatMessage | undefined {
  writeClaims();
  const row = openStore().prepare('SELECT * FROM chat_messages WHERE id = ?').get(id);
  return row ? toMessage(row) : undefined;
}
