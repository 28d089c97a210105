import type { SkillOrigin } from '@/lib/skills/types';

/** Words for where a skill came from, as the user thinks of it. */
export const ORIGIN_LABELS: Readonly<Record<SkillOrigin, string>> = {
  builtin: 'Built-in',
  hub: 'From the hub',
  local: 'Local',
};

/** Hub source ids as people know them. */
const SOURCE_LABELS: Readonly<Record<string, string>> = {
  official: 'Official',
  'skills-sh': 'skills.sh',
  'skills.sh': 'skills.sh',
  github: 'GitHub',
  clawhub: 'ClawHub',
  lobehub: 'LobeHub',
  'well-known': 'Well-known',
  'browse-sh': 'browse.sh',
  'claude-marketplace': 'Claude marketplace',
};

export function sourceLabel(source: string): string {
  return SOURCE_LABELS[source] ?? source;
}

const TRUST_LABELS: Readonly<Record<string, string>> = { builtin: 'Official', trusted: 'Trusted', community: 'Community' };

export function trustLabel(trust: string): string {
  return TRUST_LABELS[trust] ?? trust;
}
