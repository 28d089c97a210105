import type { Metadata } from 'next';
import { z } from 'zod';
import { TranscriptView } from '@/components/sessions/transcript-view';
import { BackLink } from '@/components/ui/back-link';
import { ScreenProblem } from '@/components/ui/screen-problem';
import { attempt } from '@/lib/http/attempt';
import { sessionIdParamSchema } from '@/lib/sessions/schemas';
import { getSessionTranscript } from '@/lib/sessions/session-log';

export const metadata: Metadata = { title: 'Session' };

const highlightSchema = z.coerce.number().int().positive();

/** One conversation's transcript; `?m=<message id>` outlines a message and scrolls to it. */
export default async function SessionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ m?: string | string[] }> }) {
  const id = sessionIdParamSchema.safeParse((await params).id);
  const m = highlightSchema.safeParse((await searchParams).m);
  const result = id.success ? await attempt(() => getSessionTranscript(id.data)) : null;
  return (
    <>
      <BackLink href="/sessions" label="Sessions" />
      {result?.ok ? (
        <TranscriptView transcript={result.value} highlight={m.success ? m.data : undefined} />
      ) : (
        <ScreenProblem title="This conversation cannot be shown" message={result?.error.message ?? 'That is not the address of a session.'} />
      )}
    </>
  );
}
