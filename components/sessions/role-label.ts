import type { Translate } from '@/lib/i18n/catalogue';
import type { sessionMessages } from '@/lib/i18n/messages/sessions';

type T = Translate<keyof typeof sessionMessages.en>;

/** Who wrote a message, as the transcript and search results name it. */
export function roleLabel(role: string, toolName: string | null, t: T): string {
  if (role === 'user') return t('roleUser');
  if (role === 'assistant') return t('roleAgent');
  if (role === 'tool') return toolName ? t('roleToolNamed', { tool: toolName }) : t('roleTool');
  if (role === 'system') return t('roleSystem');
  return role;
}
