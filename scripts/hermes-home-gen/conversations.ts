import { assistantText, compactionText, reasoningText, titleText, toolUse, userText, type Lang } from './corpus';
import type { Rng } from './prng';
import { pyDumps } from './py-json';
import { compactStamp, message, MODEL_CONFIG, type MessageSeed, type SessionSeed } from './seeds';

const SOURCES = { api_server: 30, discord: 25, cli: 25, line: 20 } as const;
type ChatSource = keyof typeof SOURCES;
const CHINESE_SHARE: Record<ChatSource, number> = { api_server: 0.5, discord: 0.7, cli: 0.3, line: 0.8 };
const MODELS = ['fake-model', 'anthropic/claude-sonnet-4', 'openai/gpt-5-mini', 'nous/hermes-4-70b'];
/** Messages a continuation re-stores before its new turns: 2 head copies, the summary, 4 tail copies. */
const CONTINUATION_COPIES = 7;
/** A conversation longer than this is compressed into a chain of sessions. */
const CHAIN_ABOVE_MESSAGES = 150;

export interface ConversationPlan {
  /** Sessions to create (chains, forks and subagents count one each). */
  sessions: number;
  /** Messages across them, copies included. */
  messages: number;
  /** Epoch seconds of the window the conversations start in. */
  from: number;
  to: number;
}

/** Appends exactly `n` messages of turns (some with tool calls) starting at `t`; returns the time after the last. */
function addTurns(rng: Rng, lang: Lang, n: number, t: number, out: MessageSeed[]): number {
  let left = n;
  while (left > 0) {
    out.push(message('user', userText(rng, lang), t));
    left--;
    t += rng.int(1, 8) + rng.next();
    const calls = left >= 4 && rng.chance(0.25) ? (left >= 5 && rng.chance(0.3) ? 2 : 1) : 0;
    if (calls > 0) {
      const uses = Array.from({ length: calls }, () => ({ use: toolUse(rng, lang), id: `call_${rng.hex(12)}` }));
      const json = pyDumps(uses.map(({ use, id }) => ({ id, call_id: id, response_item_id: `fc_${id.slice(5)}`, type: 'function', function: { name: use.name, arguments: use.args } })));
      out.push(message('assistant', '', t, { toolCalls: json, finishReason: 'tool_calls' }));
      for (const { use, id } of uses) {
        t += rng.next() * 3;
        out.push(message('tool', use.result, t, { toolName: use.name, toolCallId: id }));
      }
      left -= 1 + calls;
      t += rng.next() * 5;
    }
    if (left > 0) {
      out.push(message('assistant', assistantText(rng, lang), t, { finishReason: 'stop', reasoning: rng.chance(0.1) ? reasoningText(rng, lang) : null }));
      left--;
    }
    t += rng.int(20, 900);
  }
  return t;
}

function sessionId(rng: Rng, source: ChatSource, t: number, titled: boolean): string {
  if (source === 'api_server') return titled ? `sess_${rng.hex(32)}` : `api-${rng.hex(16)}`;
  return `${compactStamp(t)}_${rng.hex(6)}`;
}

function userIdFor(rng: Rng, source: ChatSource): string | null {
  if (source === 'discord') return String(rng.int(100_000_000, 999_999_999)) + String(rng.int(100_000_000, 999_999_999));
  if (source === 'line') return `U${rng.hex(32)}`;
  return null;
}

function uniqueTitle(taken: Set<string>, title: string): string {
  let t = title;
  for (let n = 2; taken.has(t); n++) t = `${title} (${n})`;
  taken.add(t);
  return t;
}

interface Conversation {
  rng: Rng;
  source: ChatSource;
  lang: Lang;
  userId: string | null;
  model: string;
  titles: Set<string>;
}

function newSession(c: Conversation, id: string, t: number, extra: Partial<SessionSeed> = {}): SessionSeed {
  return { id, source: c.source, userId: c.userId, model: c.model, modelConfig: MODEL_CONFIG, parentId: null, startedAt: t, endedAt: null, endReason: null, title: null, messages: [], ...extra };
}

function openEnd(c: Conversation, s: SessionSeed, last: number): void {
  // The API server never ends its sessions; gateway chats are reset after a while idle.
  if (c.source !== 'api_server' && c.rng.chance(0.7)) {
    s.endedAt = last + c.rng.int(600, 7200);
    s.endReason = 'session_reset';
  }
}

/** A conversation compressed into `k` sessions, each continuation starting with Hermes' copies and summary. */
function chain(c: Conversation, budget: number, k: number, t: number): SessionSeed[] {
  const { rng } = c;
  const base = c.rng.chance(0.4) ? uniqueTitle(c.titles, titleText(rng, c.lang)) : null;
  const perSession = Math.floor((budget - CONTINUATION_COPIES * (k - 1)) / k);
  const out: SessionSeed[] = [];
  for (let i = 0; i < k; i++) {
    const prev = out[i - 1];
    const title = base ? (i === 0 ? base : uniqueTitle(c.titles, `${base} #${i + 1}`)) : null;
    const s = newSession(c, sessionId(rng, c.source, t, title !== null), t, { title, parentId: prev?.id ?? null });
    if (prev) {
      const copy = (m: MessageSeed) => ({ ...m, timestamp: t });
      s.messages.push(...prev.messages.filter((m) => !m.content?.startsWith('[CONTEXT')).slice(0, 2).map(copy));
      s.messages.push(message('user', compactionText(rng, c.lang), t));
      s.messages.push(...prev.messages.slice(-4).map(copy));
    }
    const own = i === k - 1 ? budget - out.reduce((n, x) => n + x.messages.length, 0) - s.messages.length : perSession;
    t = addTurns(rng, c.lang, Math.max(2, own), t + 1, s.messages);
    if (i < k - 1) {
      s.endedAt = t;
      s.endReason = 'compression';
      t += rng.int(1, 30) + rng.next();
    } else openEnd(c, s, t);
    out.push(s);
  }
  return out;
}

/** A delegate run the conversation spawned: marked in model_config, hidden from the list. */
function subagent(c: Conversation, parent: SessionSeed): SessionSeed {
  const first = parent.messages[0]?.timestamp ?? parent.startedAt;
  const t = first + c.rng.int(5, 60);
  const s = newSession(c, sessionId(c.rng, 'cli', t, false), t, { parentId: parent.id, modelConfig: `{"max_iterations": 50, "_delegate_from": "${parent.id}"}` });
  addTurns(c.rng, c.lang, 4, t + 1, s.messages);
  s.endedAt = (s.messages[s.messages.length - 1]?.timestamp ?? t) + 1;
  s.endReason = 'completed';
  return s;
}

/** A fork: starts with a copy of the parent's whole history, then goes its own way. */
function fork(c: Conversation, parent: SessionSeed, extra: number): SessionSeed {
  const t = (parent.messages[parent.messages.length - 1]?.timestamp ?? parent.startedAt) + c.rng.int(600, 86_400);
  const title = uniqueTitle(c.titles, `${parent.title ?? titleText(c.rng, c.lang)}（分支）`);
  const s = newSession(c, sessionId(c.rng, c.source, t, true), t, { parentId: parent.id, title });
  s.messages.push(...parent.messages.map((m) => ({ ...m, timestamp: t })));
  openEnd(c, s, addTurns(c.rng, c.lang, extra, t + 1, s.messages));
  return s;
}

/**
 * Chat sessions from every source, hitting the session and message totals exactly. Each conversation
 * draws its length around the mean still needed (lognormal, so most are short and a few very long);
 * long ones become compression chains, a few spawn a subagent or get forked.
 */
export function planConversations(rng: Rng, plan: ConversationPlan): SessionSeed[] {
  const out: SessionSeed[] = [];
  const titles = new Set<string>();
  let sessionsLeft = plan.sessions;
  let messagesLeft = plan.messages;
  while (sessionsLeft > 0) {
    const source = rng.weighted(SOURCES);
    const c: Conversation = { rng, source, lang: rng.chance(CHINESE_SHARE[source]) ? 'zh' : 'en', userId: userIdFor(rng, source), model: rng.pick(MODELS), titles };
    // Skewed towards recent years: people use the agent more once it has settled in.
    const t = plan.from + (plan.to - plan.from) * Math.sqrt(rng.next());
    const mean = messagesLeft / sessionsLeft;
    const reserve = 2 * (sessionsLeft - 1);
    let budget = sessionsLeft === 1 ? messagesLeft : Math.max(2, Math.min(messagesLeft - reserve, Math.round(mean * rng.spread(1))));
    const k = Math.min(4, Math.floor(budget / 70), sessionsLeft);
    const made: SessionSeed[] = [];
    if (budget > CHAIN_ABOVE_MESSAGES && k >= 2) {
      made.push(...chain(c, budget, k, t));
    } else {
      const s = newSession(c, sessionId(rng, source, t, false), t);
      if (rng.chance(0.2)) {
        s.title = uniqueTitle(titles, titleText(rng, c.lang));
        if (source === 'api_server') s.id = sessionId(rng, source, t, true);
      }
      const side = sessionsLeft >= 2 && budget >= 12 ? rng.weighted({ none: 95, subagent: 3, fork: 2 }) : 'none';
      const own = side === 'subagent' ? budget - 4 : side === 'fork' ? Math.floor((budget - 2) / 2) : budget;
      openEnd(c, s, addTurns(rng, c.lang, own, t, s.messages));
      made.push(s);
      if (side === 'subagent') made.push(subagent(c, s));
      if (side === 'fork') made.push(fork(c, s, Math.max(2, budget - 2 * own)));
    }
    budget = made.reduce((n, s) => n + s.messages.length, 0);
    sessionsLeft -= made.length;
    messagesLeft -= budget;
    out.push(...made);
  }
  return out;
}
