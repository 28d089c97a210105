import Link from 'next/link';
import { skillMessages } from '@/lib/i18n/messages/skills';
import { getT } from '@/lib/i18n/server';
import type { SkillFileEntry } from '@/lib/skills/types';
import { skillFileHref } from './skill-href';

export interface SkillFilesListProps {
  skillId: string;
  files: SkillFileEntry[];
  truncated: boolean;
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const REFUSED = { 'link-outside': 'linkOutside', 'too-large': 'tooLargeToShow' } as const satisfies Record<NonNullable<SkillFileEntry['refused']>, string>;

/** The skill's other files (references, templates, scripts…), each opening read-only. */
export async function SkillFilesList({ skillId, files, truncated }: SkillFilesListProps) {
  const t = await getT(skillMessages);
  return (
    <section aria-labelledby="skill-files" className="rounded-xl border border-line bg-surface">
      <h2 id="skill-files" className="px-4 pt-4 pb-2 font-semibold">
        {t('files')}
      </h2>
      {files.length ? (
        <ul className="divide-y divide-line border-t border-line">
          {files.map((f) => (
            <li key={f.path}>
              {f.refused ? (
                <span className="flex min-h-11 items-center gap-3 px-4 py-2 text-sm text-muted">
                  <span className="min-w-0 flex-1 break-all font-mono">{f.path}</span>
                  <span className="shrink-0 text-xs">{t(REFUSED[f.refused])}</span>
                </span>
              ) : (
                <Link href={skillFileHref(skillId, f.path)} data-skill-file={f.path} className="flex min-h-11 items-center gap-3 px-4 py-2 text-sm hover:bg-raised">
                  <span className="min-w-0 flex-1 break-all font-mono text-accent">{f.path}</span>
                  <span className="shrink-0 text-xs text-muted">{size(f.size)}</span>
                </Link>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="px-4 pb-4 text-sm text-muted">{t('onlySkillMd')}</p>
      )}
      {truncated ? <p className="border-t border-line px-4 py-2 text-xs text-muted">{t('moreFiles')}</p> : null}
    </section>
  );
}
