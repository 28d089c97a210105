import type { Translate } from '@/lib/i18n/catalogue';
import type { sessionMessages } from '@/lib/i18n/messages/sessions';

type T = Translate<keyof typeof sessionMessages.en>;

/** Product names read the same in every language; the generic sources are translated. */
const NAMES: Readonly<Record<string, string>> = {
  api_server: 'API',
  cli: 'CLI',
  discord: 'Discord',
  telegram: 'Telegram',
  line: 'LINE',
  slack: 'Slack',
  whatsapp: 'WhatsApp',
  signal: 'Signal',
};
const WORDS = { cron: 'sourceCron', web: 'sourceWeb', email: 'sourceEmail' } as const;

/** A readable name for a Hermes session source; unknown sources are shown as they are. */
export function sourceLabel(source: string, t: T): string {
  if (source in WORDS) return t(WORDS[source as keyof typeof WORDS]);
  return NAMES[source] ?? source;
}
