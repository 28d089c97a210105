import type { Transcript } from '@/lib/hermes-home';
import { LocalTime } from '@/components/ui/local-time';
import { ScrollToMessage } from './scroll-to-message';
import { sourceLabel } from './source-label';
import { TranscriptMessage } from './transcript-message';

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

/** A whole conversation (every session of its compression chain), oldest message first. */
export function TranscriptView({ transcript, highlight }: TranscriptViewProps) {
  const first = transcript.messages[0];
  const found = highlight !== undefined && transcript.messages.some((m) => m.id === highlight);
  return (
    <article className="mx-4 pb-8 md:mx-8 md:max-w-3xl">
      <header className="mb-3 flex flex-col gap-1">
        <h1 className="text-xl font-semibold tracking-tight break-words md:text-2xl">{headingOf(transcript)}</h1>
        <p className="flex flex-wrap items-center gap-x-2 text-sm text-muted">
          <span className="rounded bg-raised px-1.5 py-0.5 text-xs text-ink">{sourceLabel(transcript.source)}</span>
          {first ? <LocalTime ms={first.timestamp} /> : null}
          <span>· {transcript.messages.length} messages</span>
          {transcript.sessionIds.length > 1 ? <span>· continued over {transcript.sessionIds.length} sessions</span> : null}
        </p>
      </header>
      {highlight !== undefined && !found ? (
        <p className="mb-3 rounded-xl border border-line bg-surface px-3 py-2 text-sm text-muted">
          That message was a copy made when the conversation was compressed; the original is earlier in this transcript.
        </p>
      ) : null}
      {transcript.messages.length === 0 ? <p className="text-sm text-muted">This session has no messages.</p> : null}
      <ol className="flex flex-col gap-2">
        {transcript.messages.map((m) => (
          <TranscriptMessage key={m.id} message={m} highlighted={m.id === highlight} />
        ))}
      </ol>
      {found && highlight !== undefined ? <ScrollToMessage messageId={highlight} /> : null}
    </article>
  );
}
