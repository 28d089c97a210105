import { randomBytes } from 'node:crypto';
import { composeReply, estimateTokens, streamPieces, type AgentReply } from './agent-reply';
import { parseChatRequest, type ChatRequest } from './chat-request';
import { streamCompletion, type Completion, type Usage } from './chat-stream';
import { contentText } from './content';
import type { RequestContext } from './context';
import { openAiError } from './errors';
import { sendJson } from './http-reply';
import { pause } from './pause';
import { chatPacing } from './scenario';
import { deriveSessionId, historyText, type StoredMessage } from './sessions';

/** Roughly what Hermes' own system prompt and tool schemas cost on every call. */
const SYSTEM_PROMPT_TOKENS = 3600;

function usageFor(request: ChatRequest, history: StoredMessage[], reply: AgentReply): Usage {
  const promptTexts = [request.systemPrompt ?? '', ...history.map((message) => message.content), contentText(request.input)];
  const prompt = SYSTEM_PROMPT_TOKENS + promptTexts.reduce((sum, text) => sum + estimateTokens(text), 0);
  const completion = estimateTokens(reply.text);
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

/** Which session the turn belongs to; undefined after answering 403 (header without a configured key). */
function resolveSession(ctx: RequestContext, request: ChatRequest): { id: string; history: StoredMessage[] } | undefined {
  const header = ctx.req.headers['x-hermes-session-id'];
  const requested = (Array.isArray(header) ? header.join(', ') : (header ?? '')).trim();
  if (!requested) return { id: deriveSessionId(request.systemPrompt, request.firstUser), history: request.bodyHistory };
  if (!ctx.state.apiKey) {
    sendJson(
      ctx.res,
      403,
      openAiError('Session continuation requires API key authentication. Configure API_SERVER_KEY to enable this feature.'),
    );
    return undefined;
  }
  // With the header, history is server-side and the body's earlier messages are ignored.
  return { id: requested, history: ctx.state.sessions.history(requested) };
}

/** POST /v1/chat/completions (docs §4.4), shaped by the scenario in force when the turn starts. */
export async function handleChatCompletions(ctx: RequestContext): Promise<void> {
  const parsed = parseChatRequest(ctx.body);
  if (!parsed.ok) {
    sendJson(ctx.res, parsed.status, parsed.body);
    return;
  }
  const { request } = parsed;
  const session = resolveSession(ctx, request);
  if (!session) return;

  const pacing = chatPacing(ctx.state.scenario);
  const reply = composeReply(request.input);
  const usage = usageFor(request, session.history, reply);
  const completion: Completion = {
    id: `chatcmpl-${randomBytes(15).toString('hex').slice(0, 29)}`,
    created: Math.floor(Date.now() / 1000),
    model: request.model,
  };

  ctx.state.activeAgents += 1;
  try {
    ctx.state.sessions.append(session.id, { role: 'user', content: historyText(request.input) });
    await pause(pacing.firstByteDelayMs, ctx.signal);
    let finished: boolean;
    if (request.stream) {
      finished = await streamCompletion(ctx, completion, session.id, reply, usage, pacing);
    } else if (pacing.cutAfterChunks !== undefined) {
      ctx.cutConnection();
      finished = false;
    } else {
      // A non-streaming client waits for the whole run: thinking, the tool, then every token.
      const pieces = streamPieces(reply.text).length + (reply.tool ? 2 : 0);
      await pause(pacing.silenceMs + pacing.pieceDelayMs * pieces, ctx.signal);
      finished = !ctx.res.destroyed;
      if (finished) {
        sendJson(
          ctx.res,
          200,
          {
            id: completion.id,
            object: 'chat.completion',
            created: completion.created,
            model: completion.model,
            choices: [{ index: 0, message: { role: 'assistant', content: reply.text }, finish_reason: 'stop' }],
            usage,
          },
          { 'X-Hermes-Session-Id': session.id },
        );
      }
    }
    if (finished) ctx.state.sessions.append(session.id, { role: 'assistant', content: reply.text });
  } finally {
    ctx.state.activeAgents -= 1;
  }
}
