import { MemoryStoreSection } from '@/components/files/memory-store-section';
import { ReadOnlyNotice } from '@/components/files/read-only-notice';
import { BackLink } from '@/components/ui/back-link';
import { ScreenHeader } from '@/components/ui/screen-header';
import { ScreenProblem } from '@/components/ui/screen-problem';
import { readMemory } from '@/lib/files/memory-store';
import { attempt } from '@/lib/http/attempt';
import { fileMessages } from '@/lib/i18n/messages/files';
import { titleMetadata } from '@/lib/i18n/metadata';
import { getT } from '@/lib/i18n/server';

export const generateMetadata = titleMetadata(fileMessages, 'memoryTitle');
export const dynamic = 'force-dynamic';

/** The agent's memory (memories/USER.md and MEMORY.md) entry by entry, each editable on its own. */
export default async function MemoryPage() {
  const t = await getT(fileMessages);
  const result = await attempt(async () => ({ user: await readMemory('user'), memory: await readMemory('memory') }));
  const reasons = result.ok ? [result.value.user.editable, result.value.memory.editable].map((e) => (e.writable ? null : e.reason)) : [];
  // One notice for the page when both stores are read-only for the same reason (editing off).
  const shared = reasons[0] && reasons[0] === reasons[1] ? reasons[0] : null;
  return (
    <>
      <BackLink href="/files" label={t('title')} />
      <ScreenHeader title={t('memoryTitle')} />
      {result.ok ? (
        <>
          {shared ? <ReadOnlyNotice reason={shared} className="mx-4 mb-4 md:mx-8 md:max-w-3xl" /> : null}
          <MemoryStoreSection title={t('aboutYou')} description={t('aboutYouDescription')} initial={result.value.user} showReadOnlyReason={!shared} />
          <MemoryStoreSection title={t('agentNotes')} description={t('agentNotesDescription')} initial={result.value.memory} showReadOnlyReason={!shared} />
        </>
      ) : (
        <ScreenProblem title={t('memoryUnavailable')} message={result.error.message} />
      )}
    </>
  );
}
