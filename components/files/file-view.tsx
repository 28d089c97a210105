import Link from 'next/link';
import { fileMessages } from '@/lib/i18n/messages/files';
import { getT } from '@/lib/i18n/server';
import type { Translate } from '@/lib/i18n/catalogue';
import { StreamingMarkdown } from '@/components/chat/markdown/streaming-markdown';
import { LocalTime } from '@/components/ui/local-time';
import type { FileDoc } from '@/lib/files/types';
import { filesHref } from './files-api';
import { formatSize } from './format-size';
import { ReadOnlyNotice } from './read-only-notice';
import { renderedMarkdown } from './rendered-text';

export interface FileViewProps {
  doc: FileDoc;
}

function Body({ doc, t }: FileViewProps & { t: Translate<keyof typeof fileMessages.en> }) {
  if (doc.kind === 'binary') return <p className="rounded-xl border border-line bg-surface p-4 text-sm text-muted">{t('binary', { size: formatSize(doc.size) })}</p>;
  if (doc.kind === 'too_large' || doc.content === null) {
    return <p className="rounded-xl border border-line bg-surface p-4 text-sm text-muted">{t('tooLarge', { size: formatSize(doc.size) })}</p>;
  }
  if (doc.content.trim() === '') return <p className="text-sm text-muted">{t('emptyFile')}</p>;
  return <StreamingMarkdown text={renderedMarkdown(doc.name, doc.content)} streaming={false} />;
}

/** A file read-only, rendered for reading on the phone (Markdown as Markdown, code highlighted), with Edit. */
export async function FileView({ doc }: FileViewProps) {
  const t = await getT(fileMessages);
  return (
    <article className="mx-4 flex flex-col gap-4 pb-8 md:mx-8 md:max-w-3xl" data-file-kind={doc.kind}>
      <header className="flex items-start gap-3">
        <div className="min-w-0 flex-1">
          <h1 className="break-words text-xl font-semibold tracking-tight">{doc.name}</h1>
          <p className="mt-0.5 flex flex-wrap gap-x-3 text-sm text-muted">
            <span>{formatSize(doc.size)}</span>
            <span>
              {t('modified')} <LocalTime ms={doc.mtimeMs} />
            </span>
          </p>
        </div>
        {doc.kind === 'text' ? (
          <Link href={filesHref.edit(doc.path)} className="flex min-h-11 shrink-0 items-center rounded-xl bg-accent px-5 text-sm font-medium text-accent-ink">
            {doc.editable.writable ? t('edit') : t('openInEditor')}
          </Link>
        ) : null}
      </header>
      {doc.kind === 'text' && !doc.editable.writable ? <ReadOnlyNotice reason={doc.editable.reason} /> : null}
      <Body doc={doc} t={t} />
    </article>
  );
}
