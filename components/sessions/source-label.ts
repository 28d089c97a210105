const LABELS: Readonly<Record<string, string>> = {
  api_server: 'API',
  cron: 'Cron',
  cli: 'CLI',
  discord: 'Discord',
  telegram: 'Telegram',
  line: 'LINE',
  slack: 'Slack',
  whatsapp: 'WhatsApp',
  signal: 'Signal',
  web: 'Web',
  email: 'Email',
};

/** A readable name for a Hermes session source; unknown sources are shown as they are. */
export function sourceLabel(source: string): string {
  return LABELS[source] ?? source;
}
