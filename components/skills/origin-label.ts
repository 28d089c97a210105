import type { Translate } from '@/lib/i18n/catalogue';
import type { skillMessages } from '@/lib/i18n/messages/skills';
import type { SkillOrigin } from '@/lib/skills/types';

type T = Translate<keyof typeof skillMessages.en>;

/** Words for where a skill came from, as the user thinks of it. */
const ORIGIN_KEYS = { builtin: 'originBuiltin', hub: 'originHub', local: 'originLocal' } as const satisfies Record<SkillOrigin, string>;

/** The origin of an installed skill, with the hub source when it came from the hub. */
export function originLabel(origin: SkillOrigin, source: string | null | undefined, t: T): string {
  return origin === 'hub' && source ? t('hubSource', { source: sourceLabel(source, t) }) : t(ORIGIN_KEYS[origin]);
}

/** Hub source ids as people know them; product names stay as they are. */
const SOURCE_NAMES: Readonly<Record<string, string>> = {
  'skills-sh': 'skills.sh',
  'skills.sh': 'skills.sh',
  github: 'GitHub',
  clawhub: 'ClawHub',
  lobehub: 'LobeHub',
  'browse-sh': 'browse.sh',
};
const SOURCE_WORDS = { official: 'sourceOfficial', 'well-known': 'sourceWellKnown', 'claude-marketplace': 'sourceClaudeMarketplace' } as const;

export function sourceLabel(source: string, t: T): string {
  if (source in SOURCE_WORDS) return t(SOURCE_WORDS[source as keyof typeof SOURCE_WORDS]);
  return SOURCE_NAMES[source] ?? source;
}

const TRUST_WORDS = { builtin: 'trustOfficial', trusted: 'trustTrusted', community: 'trustCommunity' } as const;

export function trustLabel(trust: string, t: T): string {
  return trust in TRUST_WORDS ? t(TRUST_WORDS[trust as keyof typeof TRUST_WORDS]) : trust;
}
