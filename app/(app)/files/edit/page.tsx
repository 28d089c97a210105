import { EditorScreen } from '@/components/editor/editor-screen';
import { Breadcrumbs } from '@/components/files/breadcrumbs';
import { ScreenProblem } from '@/components/ui/screen-problem';
import { readFileDoc } from '@/lib/files/read-file';
import { fileQuerySchema } from '@/lib/files/schemas';
import { attempt } from '@/lib/http/attempt';
import { fileMessages } from '@/lib/i18n/messages/files';
import { titleMetadata } from '@/lib/i18n/metadata';
import { getT } from '@/lib/i18n/server';

export const generateMetadata = titleMetadata(fileMessages, 'editTitle');
export const dynamic = 'force-dynamic';

interface EditPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The Monaco editor for one text file (`?path=`); Monaco loads on this route only. */
export default async function EditPage({ searchParams }: EditPageProps) {
  const query = fileQuerySchema.safeParse(await searchParams);
  const result = query.success ? await attempt(() => readFileDoc(query.data.path)) : null;
  if (result?.ok && result.value.kind === 'text') return <EditorScreen key={result.value.path} doc={result.value} />;
  const t = await getT(fileMessages);
  const message = result?.ok
    ? t(result.value.kind === 'binary' ? 'binaryNotEdited' : 'tooLargeNotEdited', { name: result.value.name })
    : (result?.error.message ?? t('notAPath'));
  return (
    <>
      <div className="pt-2 md:pt-6">
        <Breadcrumbs path={query.success ? query.data.path : ''} leaf="file" />
      </div>
      <ScreenProblem title={t('fileCannotEdit')} message={message} />
    </>
  );
}
