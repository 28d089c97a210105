import { z } from 'zod';
import { openStore } from './db';
import { statement } from './statements';
import { flushWrites, writeBehind, writeQueue } from './write-behind';
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

function logFailure(error: unknown): void {
  console.error('[paddock] a chat write failed', error);
}

/** Commits the writes queued so far; every reader and every immediate writer here calls it first. */
function writePending(): ReturnType<typeof openStore> {
  const db = openStore();
  flushWrites(db);
  return db;
}

/**
 * Claims a user message for sending; the message id is the idempotency key. Returns 'duplicate'
 * when that id was already sent or is being sent, so it never reaches the gateway twice; an id
 * whose earlier attempt never reached the gateway may be claimed again.
 *
 * Decided here, synchronously, against the held keys and the table; the row is written behind
 * (write-behind.ts), after the gateway call has gone out. If that write fails, `onLost` is called
 * and the id stays refused: the gateway may have the message.
 */
export function claimUserMessage(input: UserMessageInput, onLost: (error: unknown) => void = logFailure): 'claimed' | 'duplicate' {
  if (writeQueue.held.has(input.id)) return 'duplicate';
  const db = openStore();
  const row = messageStateSchema.parse(statement(db, MESSAGE_STATE).get(input.id));
  if (row && (row.status !== 'undelivered' || row.conversation_id !== input.conversationId)) return 'duplicate';
  const now = input.now ?? Date.now();
  const title = titleFrom(input.text, input.imageIds.length);
  const imageIds = JSON.stringify(input.imageIds);
  writeQueue.held.add(input.id);
  writeBehind(openStore, {
    run(db) {
      statement(db, CONVERSATION_CREATE).run(input.conversationId, title, now, now);
      // A new id inserts; an id whose earlier attempt never reached the gateway is taken again; any other id changes nothing.
      const claimed = statement(db, MESSAGE_CLAIM).run(input.id, input.conversationId, input.text, imageIds, now).changes === 1;
      if (!claimed) throw new Error(`Message ${input.id} was claimed by another writer.`);
    },
    written: () => writeQueue.held.delete(input.id),
    failed: onLost,
  });
  return 'claimed';
}

/** The gateway never got the message; `error` says why in plain words. */
export function markUndelivered(id: string, error: string, now = Date.now()): void {
  const db = writePending();
  db.transaction(() => {
    statement(db, "UPDATE chat_messages SET status = 'undelivered', error = ? WHERE id = ?").run(error, id);
    statement(db, CONVERSATION_TOUCH).run(now, id);
  })();
}

/**
 * The gateway accepted the message (answered 200), so from now on a resend would duplicate it; its
 * answer starts streaming. Written behind, like the claim, so the first token is not kept waiting
 * for a commit; one commit for both rows.
 */
export function beginAnswer(input: { userMessageId: string; assistantMessageId: string; conversationId: string; now?: number }): void {
  const now = input.now ?? Date.now();
  writeBehind(openStore, {
    run(db) {
      statement(db, "UPDATE chat_messages SET status = 'delivered', error = NULL WHERE id = ?").run(input.userMessageId);
      statement(db, "INSERT INTO chat_messages (id, conversation_id, role, reply_to, status, created_at) VALUES (?, ?, 'assistant', ?, 'streaming', ?)").run(
        input.assistantMessageId,
        input.conversationId,
        input.userMessageId,
        now,
      );
      statement(db, CONVERSATION_TOUCH).run(now, input.userMessageId);
    },
    failed: logFailure,
  });
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
  const db = writePending();
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
  return writePending().prepare(`${SUMMARY_SELECT} ORDER BY c.updated_at DESC LIMIT ?`).all(limit).map(toSummary);
}

/** One conversation with every message Paddock saw in it, oldest first. */
export function getConversation(id: string): { conversation: ConversationSummary; messages: ChatMessage[] } | undefined {
  const db = writePending();
  const row = db.prepare(`${SUMMARY_SELECT} WHERE c.id = ?`).get(id);
  if (!row) return undefined;
  const messages = db.prepare('SELECT * FROM chat_messages WHERE conversation_id = ? ORDER BY created_at, rowid').all(id).map(toMessage);
  return { conversation: toSummary(row), messages };
}

export function getMessage(id: string): ChatMessage | undefined {
  const row = writePending().prepare('SELECT * FROM chat_messages WHERE id = ?').get(id);
  return row ? toMessage(row) : undefined;
}
