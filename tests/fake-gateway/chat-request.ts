import { ContentError, flattenText, hasVisiblePayload, normalizeContent, type NormalizedContent } from './content';
import { openAiError, shortOpenAiError } from './errors';
import { MODEL_NAME } from './identity';
import { isJsonObject, parseJson, type JsonObject, type JsonValue } from './json';
import { historyText, type StoredMessage } from './sessions';

/** A validated POST /v1/chat/completions body, in the terms the gateway's handler uses. */
export interface ChatRequest {
  model: JsonValue;
  stream: boolean;
  systemPrompt: string | null;
  /** The last user/assistant message: the new turn. */
  input: NormalizedContent;
  /** Earlier user/assistant messages from the body, used only without X-Hermes-Session-Id. */
  bodyHistory: StoredMessage[];
  /** The first user message, hashed into the derived session id. */
  firstUser: NormalizedContent;
}

export type ChatRequestResult = { ok: true; request: ChatRequest } | { ok: false; status: 400; body: JsonObject };

const TRUE_WORDS = new Set(['true', '1', 'yes', 'on']);

/** `stream` accepts a bool or the usual truthy words; anything else means false. */
function parseStreamFlag(value: JsonValue | undefined): boolean {
  if (typeof value === 'boolean') return value;
  return typeof value === 'string' && TRUE_WORDS.has(value.trim().toLowerCase());
}

function invalid(body: JsonObject): ChatRequestResult {
  return { ok: false, status: 400, body };
}

/**
 * Parses the body like `_handle_chat_completions`. Where the gateway itself crashes with an
 * unhandled exception (a JSON body that is not an object, a message that is not an object) this
 * throws, so the server answers with aiohttp's plain 500 page just as the real gateway does.
 */
export function parseChatRequest(text: string | null): ChatRequestResult {
  const body = text === null ? undefined : parseJson(text);
  if (body === undefined) return invalid(openAiError('Invalid JSON in request body'));
  if (!isJsonObject(body)) throw new TypeError(`'${Array.isArray(body) ? 'list' : typeof body}' object has no attribute 'get'`);

  const messages = body.messages;
  if (!Array.isArray(messages) || messages.length === 0) {
    return invalid(shortOpenAiError("Missing or invalid 'messages' field"));
  }

  let systemPrompt: string | null = null;
  const conversation: Array<{ role: 'user' | 'assistant'; content: NormalizedContent }> = [];
  for (const [index, message] of messages.entries()) {
    if (!isJsonObject(message)) throw new TypeError("message object has no attribute 'get'");
    const role = message.role;
    if (role === 'system') {
      const content = flattenText(message.content);
      systemPrompt = systemPrompt === null ? content : `${systemPrompt}\n${content}`;
    } else if (role === 'user' || role === 'assistant') {
      try {
        conversation.push({ role, content: normalizeContent(message.content) });
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        return invalid(openAiError(error.message, { param: `messages[${index}].content`, code: error.code }));
      }
    }
  }

  const input = conversation.at(-1)?.content ?? '';
  if (!hasVisiblePayload(input)) return invalid(shortOpenAiError('No user message found in messages'));

  return {
    ok: true,
    request: {
      model: body.model === undefined ? MODEL_NAME : body.model,
      stream: parseStreamFlag(body.stream),
      systemPrompt,
      input,
      bodyHistory: conversation.slice(0, -1).map(({ role, content }) => ({ role, content: historyText(content) })),
      firstUser: conversation.find((message) => message.role === 'user')?.content ?? '',
    },
  };
}
