import { randomBytes } from 'node:crypto';
import { contentImages, contentText, type NormalizedContent } from './content';
import { LONG_MARKDOWN, MARKDOWN_SAMPLE } from './sample-texts';

// The fake agent answers like the scripted LLM behind the captures: "Echo: <text>", a terminal
// tool call for "use a tool", "I see an image of N bytes" for images; plus Markdown for demos.

export interface ToolCall {
  tool: string;
  emoji: string;
  label: string;
  toolCallId: string;
}

export interface AgentReply {
  tool: ToolCall | undefined;
  /** The final answer, as a non-streaming response returns it. */
  text: string;
  /** Everything streamed as content: after a tool turn Hermes separates the next text with "\n\n". */
  streamedText: string;
}

const TOOL_RESULT_TEXT = 'Tool finished. Result was: {"output": "hi", "exit_code": 0, "error": null}';

/** Decoded size of a data: URL's payload; remote URLs are not fetched. */
function imageByteCount(url: string): number | undefined {
  const comma = url.indexOf(',');
  if (!url.toLowerCase().startsWith('data:') || comma < 0) return undefined;
  const payload = url.slice(comma + 1);
  const isBase64 = url.slice(0, comma).toLowerCase().endsWith(';base64');
  // Each %XX escape of a percent-encoded payload is one byte.
  return isBase64 ? Buffer.from(payload, 'base64').length : Buffer.byteLength(payload.replace(/%[0-9a-f]{2}/gi, '_'));
}

function describeImage(url: string): string {
  const bytes = imageByteCount(url);
  return bytes === undefined ? `I see an image at ${url}` : `I see an image of ${bytes} bytes`;
}

function answerText(text: string, images: string[], usedTool: boolean): string {
  if (images.length > 0) return images.map(describeImage).join('\n');
  if (/\bmarkdown\b/i.test(text)) return MARKDOWN_SAMPLE;
  if (/\blong\b/i.test(text)) return LONG_MARKDOWN;
  if (usedTool) return TOOL_RESULT_TEXT;
  return `Echo: ${text}`;
}

export function composeReply(input: NormalizedContent): AgentReply {
  const text = contentText(input);
  const tool: ToolCall | undefined = /use a tool/i.test(text)
    ? { tool: 'terminal', emoji: '💻', label: 'echo hi', toolCallId: `call_${randomBytes(6).toString('hex')}` }
    : undefined;
  const answer = answerText(text, contentImages(input), tool !== undefined);
  return { tool, text: answer, streamedText: tool ? `\n\n${answer}` : answer };
}

/** Word-ish stream pieces (leading whitespace kept with its word) that concatenate to `text`. */
export function streamPieces(text: string): string[] {
  return text.match(/\s*\S+|\s+$/g) ?? [];
}

/** A rough token estimate; real numbers come from the LLM provider and are not meaningful here. */
export function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}
