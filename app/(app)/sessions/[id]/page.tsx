import { z } from 'zod';
import { TranscriptView } from '@/components/sessions/transcript-view';
import { BackLink } from '@/components/ui/back-link';
import { ScreenProblem } from '@/components/ui/screen-problem';
import { attempt } from '@/lib/http/attempt';
import { sessionMessages } from '@/lib/i18n/messages/sessions';
import { titleMetadata } from '@/lib/i18n/metadata';
import { getT } from '@/lib/i18n/server';
import { sessionIdParamSchema } from '@/lib/sessions/schemas';
import { getSessionTranscript } from '@/lib/sessions/session-log';

export const generateMetadata = titleMetadata(sessionMessages, 'sessionTitle');

const highlightSchema = z.coerce.number().int().positive();

/** One conversation's transcript; `?m=<message id>` outlines a message and scrolls to it. */
export default async function SessionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ m?: string | string[] }> }) {
  const t = await getT(sessionMessages);
  const id = sessionIdParamSchema.safeParse((await params).id);
  const m = highlightSchema.safeParse((await searchParams).m);
  const result = id.success ? await attempt(() => getSessionTranscript(id.data)) : null;
  return (
    <>
      <BackLink href="/sessions" label={t('title')} />
      {result?.ok ? (
        <TranscriptView transcript={result.value} highlight={m.success ? m.data : undefined} />
      ) : (
        <ScreenProblem title={t('cannotShow')} message={result?.error.message ?? t('notAnAddress')} />
      )}
    </>
  );
}
