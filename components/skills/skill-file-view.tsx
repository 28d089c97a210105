import Link from 'next/link';
import { skillMessages } from '@/lib/i18n/messages/skills';
import { getT } from '@/lib/i18n/server';
import type { Translate } from '@/lib/i18n/catalogue';
import { StreamingMarkdown } from '@/components/chat/markdown/streaming-markdown';
import type { SkillFile } from '@/lib/skills/types';
import { fenced } from './fenced';
import { skillHref } from './skill-href';

export interface SkillFileViewProps {
  file: SkillFile;
}

function Content({ file, t }: SkillFileViewProps & { t: Translate<keyof typeof skillMessages.en> }) {
  const { content } = file;
  if (content.kind === 'binary') return <p className="text-sm text-muted">{t('binary')}</p>;
  if (content.kind === 'too-large') return <p className="text-sm text-muted">{t('tooLarge', { kb: Math.round(content.limitBytes / 1024) })}</p>;
  if (content.markdown) return <StreamingMarkdown text={content.text} streaming={false} />;
  return <StreamingMarkdown text={fenced(content.text, content.language)} streaming={false} />;
}

/** One file of a skill, read-only: Markdown rendered, anything else as highlighted code. */
export async function SkillFileView({ file }: SkillFileViewProps) {
  const t = await getT(skillMessages);
  return (
    <article data-skill-file-view={file.path} className="mx-4 flex flex-col gap-3 pb-10 md:mx-8 md:max-w-4xl">
      <header className="flex flex-col gap-1">
        <h1 className="font-mono text-lg font-semibold break-all">{file.path}</h1>
        <p className="text-sm text-muted">
          {t('inSkill')} <Link href={skillHref(file.skillId)} className="text-accent underline">{file.skillName}</Link> {t('readOnly')}
        </p>
      </header>
      <div className="min-w-0">
        <Content file={file} t={t} />
      </div>
    </article>
  );
}
