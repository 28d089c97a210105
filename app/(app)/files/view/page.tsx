import { Breadcrumbs } from '@/components/files/breadcrumbs';
import { FileView } from '@/components/files/file-view';
import { QuickOpen } from '@/components/files/quick-open';
import { ScreenProblem } from '@/components/ui/screen-problem';
import { readFileDoc } from '@/lib/files/read-file';
import { fileQuerySchema } from '@/lib/files/schemas';
import { attempt } from '@/lib/http/attempt';
import { fileMessages } from '@/lib/i18n/messages/files';
import { titleMetadata } from '@/lib/i18n/metadata';
import { getT } from '@/lib/i18n/server';

export const generateMetadata = titleMetadata(fileMessages, 'fileTitle');
export const dynamic = 'force-dynamic';

interface FileViewPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** One file, read-only and rendered (`?path=`), with the way to the editor. */
export default async function FileViewPage({ searchParams }: FileViewPageProps) {
  const t = await getT(fileMessages);
  const query = fileQuerySchema.safeParse(await searchParams);
  const result = query.success ? await attempt(() => readFileDoc(query.data.path)) : null;
  return (
    <>
      <div className="flex items-center justify-between gap-2 pr-4 pt-2 md:pr-8 md:pt-6">
        <Breadcrumbs path={query.success ? query.data.path : ''} leaf="file" />
        <div className="hidden md:block">
          <QuickOpen />
        </div>
      </div>
      {result?.ok ? <FileView doc={result.value} /> : <ScreenProblem title={t('fileCannotShow')} message={result?.error.message ?? t('notAPath')} />}
    </>
  );
}
