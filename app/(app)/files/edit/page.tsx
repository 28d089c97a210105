import type { Metadata } from 'next';
import { EditorScreen } from '@/components/editor/editor-screen';
import { Breadcrumbs } from '@/components/files/breadcrumbs';
import { ScreenProblem } from '@/components/ui/screen-problem';
import { readFileDoc } from '@/lib/files/read-file';
import { fileQuerySchema } from '@/lib/files/schemas';
import { attempt } from '@/lib/http/attempt';

export const metadata: Metadata = { title: 'Edit file' };
export const dynamic = 'force-dynamic';

interface EditPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The Monaco editor for one text file (`?path=`); Monaco loads on this route only. */
export default async function EditPage({ searchParams }: EditPageProps) {
  const query = fileQuerySchema.safeParse(await searchParams);
  const result = query.success ? await attempt(() => readFileDoc(query.data.path)) : null;
  if (result?.ok && result.value.kind === 'text') return <EditorScreen key={result.value.path} doc={result.value} />;
  const message = result?.ok
    ? `${result.value.name} is ${result.value.kind === 'binary' ? 'a binary file' : 'too large'}, so it is not opened in the editor.`
    : (result?.error.message ?? 'That is not a path Paddock accepts.');
  return (
    <>
      <div className="pt-2 md:pt-6">
        <Breadcrumbs path={query.success ? query.data.path : ''} leaf="file" />
      </div>
      <ScreenProblem title="This file cannot be edited" message={message} />
    </>
  );
}
