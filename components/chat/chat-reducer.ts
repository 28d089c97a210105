import type { TurnEvent } from '@/lib/chat/turn-events';
import type { UiMessage } from './chat-model';

export type ChatAction =
  | { type: 'reset'; messages: UiMessage[] }
  | { type: 'add'; message: UiMessage }
  | { type: 'patch'; id: string; patch: Partial<UiMessage> }
  | { type: 'remove'; id: string }
  | { type: 'turn'; userMessageId: string; event: TurnEvent }
  | { type: 'append'; id: string; text: string };

function patch(messages: UiMessage[], id: string, change: Partial<UiMessage> | ((m: UiMessage) => Partial<UiMessage>)): UiMessage[] {
  return messages.map((m) => (m.id === id ? { ...m, ...(typeof change === 'function' ? change(m) : change) } : m));
}

function applyTurnEvent(messages: UiMessage[], userMessageId: string, event: TurnEvent): UiMessage[] {
  switch (event.type) {
    case 'start': {
      const answer: UiMessage = {
        id: event.assistantMessageId,
        role: 'assistant',
        text: '',
        images: [],
        tools: [],
        status: 'streaming',
        error: null,
        model: null,
        usage: null,
        startedAt: event.startedAt,
        durationMs: null,
        replyTo: userMessageId,
      };
      return [...patch(messages, userMessageId, { status: 'delivered', error: null }), answer];
    }
    case 'tool': {
      const { type: _type, ...chip } = event;
      return patchAnswer(messages, userMessageId, (m) => ({
        tools: m.tools.some((t) => t.toolCallId === chip.toolCallId) ? m.tools.map((t) => (t.toolCallId === chip.toolCallId ? chip : t)) : [...m.tools, chip],
      }));
    }
    case 'usage':
      return patchAnswer(messages, userMessageId, () => ({
        model: event.model,
        usage: { promptTokens: event.promptTokens, completionTokens: event.completionTokens, totalTokens: event.totalTokens },
      }));
    case 'end':
      return patchAnswer(messages, userMessageId, () => ({ status: event.status, error: event.error, durationMs: event.durationMs }));
    default:
      return messages;
  }
}

function patchAnswer(messages: UiMessage[], userMessageId: string, change: (m: UiMessage) => Partial<UiMessage>): UiMessage[] {
  const answer = messages.find((m) => m.role === 'assistant' && m.replyTo === userMessageId);
  return answer ? patch(messages, answer.id, change) : messages;
}

/** Pure state transitions of the chat screen; deltas are batched by the caller and arrive as 'append'. */
export function chatReducer(messages: UiMessage[], action: ChatAction): UiMessage[] {
  switch (action.type) {
    case 'reset':
      return action.messages;
    case 'add':
      return messages.some((m) => m.id === action.message.id) ? messages : [...messages, action.message];
    case 'patch':
      return patch(messages, action.id, action.patch);
    case 'remove':
      return messages.filter((m) => m.id !== action.id);
    case 'turn':
      return applyTurnEvent(messages, action.userMessageId, action.event);
    case 'append':
      return patch(messages, action.id, (m) => ({ text: m.text + action.text }));
  }
}
