import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/files/breadcrumbs';
import { FileView } from '@/components/files/file-view';
import { QuickOpen } from '@/components/files/quick-open';
import { ScreenProblem } from '@/components/ui/screen-problem';
import { readFileDoc } from '@/lib/files/read-file';
import { fileQuerySchema } from '@/lib/files/schemas';
import { attempt } from '@/lib/http/attempt';

export const metadata: Metadata = { title: 'File' };
export const dynamic = 'force-dynamic';

interface FileViewPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** One file, read-only and rendered (`?path=`), with the way to the editor. */
export default async function FileViewPage({ searchParams }: FileViewPageProps) {
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
      {result?.ok ? <FileView doc={result.value} /> : <ScreenProblem title="This file cannot be shown" message={result?.error.message ?? 'That is not a path Paddock accepts.'} />}
    </>
  );
}
