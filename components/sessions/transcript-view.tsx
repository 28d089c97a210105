import type { Transcript } from '@/lib/hermes-home';
import { sessionMessages } from '@/lib/i18n/messages/sessions';
import { getT } from '@/lib/i18n/server';
import { LocalTime } from '@/components/ui/local-time';
import { ScrollToMessage } from './scroll-to-message';
import { sourceLabel } from './source-label';
import { TranscriptMessage } from './transcript-message';
import { TranscriptTail } from './transcript-tail';

/** Messages rendered before the page is first sent: more than an iPhone screen holds. */
const FIRST_SCREEN_MESSAGES = 24;
/** With a message to jump to, how many after it come with the first screen, so it does not sit at the very end. */
const AFTER_HIGHLIGHT = 4;

export interface TranscriptViewProps {
  transcript: Transcript;
  /** Message to outline and scroll to (from a search result). */
  highlight: number | undefined;
}

function headingOf(transcript: Transcript): string {
  if (transcript.title) return transcript.title;
  const first = transcript.messages.find((m) => m.role === 'user' && m.content?.trim())?.content ?? '';
  const line = first.replace(/\s+/g, ' ').trim();
  return line ? (line.length > 80 ? `${line.slice(0, 79)}…` : line) : transcript.id;
}

/**
 * A whole conversation (every session of its compression chain), oldest message first. The server
 * renders the first screen (through the highlighted message, if any); the rest follows on the client
 * as the reader scrolls (see TranscriptTail).
 */
export async function TranscriptView({ transcript, highlight }: TranscriptViewProps) {
  const t = await getT(sessionMessages);
  const first = transcript.messages[0];
  const at = highlight === undefined ? -1 : transcript.messages.findIndex((m) => m.id === highlight);
  const found = at >= 0;
  const cut = Math.max(FIRST_SCREEN_MESSAGES, found ? at + 1 + AFTER_HIGHLIGHT : 0);
  const head = transcript.messages.slice(0, cut);
  const rest = transcript.messages.slice(cut);
  return (
    <article className="mx-4 pb-8 md:mx-8 md:max-w-3xl">
      <header className="mb-3 flex flex-col gap-1">
        <h1 className="text-xl font-semibold tracking-tight break-words md:text-2xl">{headingOf(transcript)}</h1>
        <p className="flex flex-wrap items-center gap-x-2 text-sm text-muted">
          <span className="rounded bg-raised px-1.5 py-0.5 text-xs text-ink">{sourceLabel(transcript.source, t)}</span>
          {first ? <LocalTime ms={first.timestamp} /> : null}
          <span>· {t('messageCount', { count: transcript.messages.length })}</span>
          {transcript.sessionIds.length > 1 ? <span>· {t('continuedOver', { count: transcript.sessionIds.length })}</span> : null}
        </p>
      </header>
      {highlight !== undefined && !found ? (
        <p className="mb-3 rounded-xl border border-line bg-surface px-3 py-2 text-sm text-muted">
          {t('compressedCopy')}
        </p>
      ) : null}
      {transcript.messages.length === 0 ? <p className="text-sm text-muted">{t('noSessionMessages')}</p> : null}
      <ol className="flex flex-col gap-2">
        {head.map((m) => (
          <TranscriptMessage key={m.id} message={m} highlighted={m.id === highlight} />
        ))}
        {rest.length ? <TranscriptTail messages={rest} /> : null}
      </ol>
      {found && highlight !== undefined ? <ScrollToMessage messageId={highlight} /> : null}
    </article>
  );
}
