import { z } from 'zod';

export const toolChipSchema = z.object({
  toolCallId: z.string(),
  tool: z.string(),
  emoji: z.string().optional(),
  label: z.string().optional(),
  status: z.enum(['running', 'completed']),
});
export type ToolChip = z.infer<typeof toolChipSchema>;

export const usageSchema = z.object({ promptTokens: z.number(), completionTokens: z.number(), totalTokens: z.number() });
export type Usage = z.infer<typeof usageSchema>;

/** user: sending → delivered (the gateway accepted it) or undelivered (it never got it; retry is safe). */
export type UserMessageStatus = 'sending' | 'delivered' | 'undelivered';
export type AssistantMessageStatus = 'streaming' | 'complete' | 'stopped' | 'failed';

export interface ChatMessage {
  id: string;
  conversationId: string;
  role: 'user' | 'assistant';
  replyTo: string | null;
  text: string;
  imageIds: string[];
  tools: ToolChip[];
  status: UserMessageStatus | AssistantMessageStatus;
  error: string | null;
  model: string | null;
  usage: Usage | null;
  createdAt: number;
  finishedAt: number | null;
}

export interface ConversationSummary {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  messageCount: number;
}
