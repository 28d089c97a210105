import Link from 'next/link';
import { Breadcrumbs } from '@/components/files/breadcrumbs';
import { FileList } from '@/components/files/file-list';
import { QuickOpen } from '@/components/files/quick-open';
import { BackLink } from '@/components/ui/back-link';
import { ScreenHeader } from '@/components/ui/screen-header';
import { ScreenProblem } from '@/components/ui/screen-problem';
import { listDirectory } from '@/lib/files/list-directory';
import { folderQuerySchema } from '@/lib/files/schemas';
import { attempt } from '@/lib/http/attempt';
import { fileMessages } from '@/lib/i18n/messages/files';
import { moreMessages } from '@/lib/i18n/messages/more';
import { titleMetadata } from '@/lib/i18n/metadata';
import { getT } from '@/lib/i18n/server';

export const generateMetadata = titleMetadata(fileMessages, 'title');
export const dynamic = 'force-dynamic';

interface FilesPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The agent's files, one folder at a time (`?path=`), rooted at FILES_ROOT. */
export default async function FilesPage({ searchParams }: FilesPageProps) {
  const [t, tMore] = await Promise.all([getT(fileMessages), getT(moreMessages)]);
  const query = folderQuerySchema.safeParse(await searchParams);
  const result = query.success ? await attempt(() => listDirectory(query.data.path)) : null;
  const actions = (
    <div className="flex items-center gap-2">
      <Link href="/files/memory" className="flex min-h-11 items-center rounded-xl border border-line bg-surface px-3 text-sm font-medium hover:bg-raised">
        {t('memory')}
      </Link>
      <QuickOpen />
    </div>
  );
  return (
    <>
      {/* Files is reached from More; an installed app has no browser back button. */}
      <BackLink href="/more" label={tMore('title')} />
      <ScreenHeader title={t('title')} actions={actions} />
      {result?.ok ? (
        <>
          {result.value.path ? <Breadcrumbs path={result.value.path} /> : null}
          <FileList listing={result.value} />
        </>
      ) : (
        <ScreenProblem title={t('folderCannotShow')} message={result?.error.message ?? t('notAPath')} />
      )}
    </>
  );
}
