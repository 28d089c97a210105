import { CatalogueBrowser } from '@/components/skills/catalogue-browser';
import { SkillsTabs } from '@/components/skills/skills-tabs';
import { ScreenHeader } from '@/components/ui/screen-header';
import { ScreenProblem } from '@/components/ui/screen-problem';
import { attempt } from '@/lib/http/attempt';
import { skillMessages } from '@/lib/i18n/messages/skills';
import { titleMetadata } from '@/lib/i18n/metadata';
import { getT } from '@/lib/i18n/server';
import { peekCataloguePage } from '@/lib/skills/catalogue-page';
import { catalogueQuerySchema } from '@/lib/skills/schemas';

export const generateMetadata = titleMetadata(skillMessages, 'hubTitle');

/** What the agent could learn: the Hermes skills hub catalogue, `?q=&source=&trust=`. */
export default async function SkillHubPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getT(skillMessages);
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const parsed = catalogueQuerySchema.safeParse({ q: first(raw.q), source: first(raw.source), trust: first(raw.trust) });
  const query = parsed.success ? parsed.data : catalogueQuerySchema.parse({});
  const result = await attempt(() => peekCataloguePage(query));
  return (
    <>
      <ScreenHeader title={t('title')} />
      <SkillsTabs active="hub" />
      {result.ok ? (
        <CatalogueBrowser initial={result.value} renderedFor={{ q: query.q, source: query.source ?? null, trust: query.trust ?? null }} />
      ) : (
        <ScreenProblem title={t('catalogueUnavailable')} message={result.error.message} />
      )}
    </>
  );
}
