import Link from 'next/link';
import { fileMessages } from '@/lib/i18n/messages/files';
import { getT } from '@/lib/i18n/server';
import { filesHref } from './files-api';

export interface BreadcrumbsProps {
  /** A path relative to the files root; `''` is the root. */
  path: string;
  /** Whether the last segment is a file (shown as text) or a folder. */
  leaf?: 'file' | 'folder';
}

/** `Files / skills / research`: each folder a link, the last segment plain. */
export async function Breadcrumbs({ path, leaf = 'folder' }: BreadcrumbsProps) {
  const t = await getT(fileMessages);
  const segments = path ? path.split('/') : [];
  return (
    <nav aria-label={t('folderPath')} className="overflow-x-auto px-4 md:px-8">
      <ol className="flex items-center gap-1 whitespace-nowrap text-sm">
        <li>
          {segments.length === 0 ? (
            <span className="font-medium">{t('title')}</span>
          ) : (
            <Link href={filesHref.folder('')} className="inline-flex min-h-11 items-center font-medium text-accent">
              {t('title')}
            </Link>
          )}
        </li>
        {segments.map((segment, index) => {
          const last = index === segments.length - 1;
          const href = filesHref.folder(segments.slice(0, index + 1).join('/'));
          return (
            <li key={index} className="flex items-center gap-1">
              <span aria-hidden className="text-muted">/</span>
              {last ? (
                <span aria-current={leaf === 'file' ? undefined : 'page'} className="font-medium">
                  {segment}
                </span>
              ) : (
                <Link href={href} className="inline-flex min-h-11 items-center text-accent">
                  {segment}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
