import Link from 'next/link';
import { fileMessages } from '@/lib/i18n/messages/files';
import { getT } from '@/lib/i18n/server';
import type { Translate } from '@/lib/i18n/catalogue';
import { LocalTime } from '@/components/ui/local-time';
import type { DirEntry, DirListing } from '@/lib/files/types';
import { filesHref } from './files-api';
import { FileIcon } from './file-icon';
import { formatSize } from './format-size';

export interface FileListProps {
  listing: DirListing;
}

function Details({ entry }: { entry: DirEntry }) {
  return (
    <span className="flex shrink-0 items-center gap-3 text-xs text-muted">
      {entry.size !== null ? <span className="tabular-nums">{formatSize(entry.size)}</span> : null}
      <LocalTime ms={entry.mtimeMs} className="hidden tabular-nums sm:inline" />
    </span>
  );
}

function Row({ entry, t }: { entry: DirEntry; t: Translate<keyof typeof fileMessages.en> }) {
  const name = (
    <span className="flex min-w-0 flex-1 items-center gap-3">
      <FileIcon kind={entry.kind} blocked={entry.blocked !== null} />
      <span className="min-w-0">
        <span className="block truncate">
          {entry.name}
          {entry.link ? <span className="ml-1 text-xs text-muted">{t('link')}</span> : null}
        </span>
        {entry.blocked ? (
          <span className="block truncate text-xs text-muted">{entry.blocked}</span>
        ) : (
          <LocalTime ms={entry.mtimeMs} className="block text-xs text-muted sm:hidden" />
        )}
      </span>
    </span>
  );
  const row = 'flex min-h-12 items-center gap-3 px-4 py-2';
  if (entry.blocked || entry.kind === 'other') {
    return (
      <li data-file-path={entry.path} data-blocked="true" className={`${row} text-muted`}>
        {name}
        <Details entry={entry} />
      </li>
    );
  }
  return (
    <li data-file-path={entry.path}>
      <Link href={entry.kind === 'dir' ? filesHref.folder(entry.path) : filesHref.view(entry.path)} className={`${row} hover:bg-raised`}>
        {name}
        <Details entry={entry} />
      </Link>
    </li>
  );
}

/** One folder: subfolders first, then files with size and modified time; secrets shown locked. */
export async function FileList({ listing }: FileListProps) {
  const t = await getT(fileMessages);
  if (listing.entries.length === 0) return <p className="mx-4 mt-4 text-sm text-muted md:mx-8">{t('emptyFolder')}</p>;
  return (
    <>
      <ul aria-label={t('title')} className="mx-4 mb-8 divide-y divide-line overflow-hidden rounded-2xl border border-line bg-surface md:mx-8">
        {listing.entries.map((entry) => (
          <Row key={entry.name} entry={entry} t={t} />
        ))}
      </ul>
      {listing.truncated ? <p className="mx-4 -mt-6 mb-8 text-xs text-muted md:mx-8">{t('onlyFirstEntries', { count: listing.entries.length })}</p> : null}
    </>
  );
}
