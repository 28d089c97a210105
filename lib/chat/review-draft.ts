import { getConfig } from '@/lib/config';
import { getCronOutput, HermesHomeError } from '@/lib/hermes-home';

/** Long reviews are cut so the first message stays a message, not a document dump. */
export const REVIEW_QUOTE_CHARS = 6_000;

/**
 * The opening message for "Continue in chat" from a review: the review quoted, then room for the
 * user's question. The agent receives the review as part of that first message, so the new
 * conversation carries it as context. Undefined when the review cannot be read.
 */
export async function reviewDraft(outputId: string): Promise<string | undefined> {
  const home = getConfig().hermesHome;
  if (!home) return undefined;
  try {
    const output = await getCronOutput({ home, id: outputId });
    const body = (output.response ?? output.error ?? '').trim();
    const cut = body.length > REVIEW_QUOTE_CHARS ? `${body.slice(0, REVIEW_QUOTE_CHARS)}\n[…]` : body;
    const when = new Date(output.runAt).toISOString().slice(0, 16).replace('T', ' ');
    const quoted = cut.split('\n').map((line) => `> ${line}`).join('\n');
    return `About the "${output.jobName ?? output.jobId}" run of ${when} UTC:\n\n${quoted}\n\n`;
  } catch (error) {
    if (error instanceof HermesHomeError) return undefined;
    throw error;
  }
}
