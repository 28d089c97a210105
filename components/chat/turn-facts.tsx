'use client';

import { useLocale, useT } from '@/components/i18n/locale-provider';
import type { Locale } from '@/lib/i18n/locales';
import { chatMessages } from '@/lib/i18n/messages/chat';
import type { UiMessage } from './chat-model';

function seconds(ms: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: ms < 10_000 ? 1 : 0, minimumFractionDigits: ms < 10_000 ? 1 : 0 }).format(ms / 1000);
}

/** Tokens, model and duration of one answer: small print under the bubble. */
export function TurnFacts({ message }: { message: UiMessage }) {
  const t = useT(chatMessages);
  const locale = useLocale();
  const facts: string[] = [];
  if (message.usage) facts.push(t('tokens', { count: message.usage.totalTokens }));
  if (message.model) facts.push(message.model);
  if (message.durationMs !== null) facts.push(t('seconds', { s: seconds(message.durationMs, locale) }));
  if (facts.length === 0) return null;
  return <p className="text-xs text-muted" data-testid="turn-facts">{facts.join(' · ')}</p>;
}
