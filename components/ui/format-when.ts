import { builtOnce } from '@/lib/i18n/built-once';

export interface WhenOptions {
  /** BCP 47 locale; default: the runtime's (the browser's, where this is meant to run). */
  locale?: string;
  /** IANA zone; default: the runtime's. */
  timeZone?: string;
  now?: number;
}

const DAY_MS = 86_400_000;

const dateFormat = builtOnce(
  (locale: string | undefined, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options),
  (locale, options) => `${locale ?? ''}|${JSON.stringify(options)}`,
);
const relativeFormat = builtOnce(
  (locale: string | undefined) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  (locale) => locale ?? '',
);

function dayNumber(ms: number, timeZone: string | undefined): number {
  const parts = dateFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
  return Math.round(Date.parse(`${parts}T00:00:00Z`) / DAY_MS);
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/**
 * A short date and time in the reader's locale and zone: "Today, 08:00", "Yesterday, 08:00",
 * "Mon 08:00" within a week, "17 Nov, 08:00" this year, "17 Nov 2025" before. Never throws for finite `ms`.
 */
export function formatWhen(ms: number, options: WhenOptions = {}): string {
  const { locale, timeZone } = options;
  const now = options.now ?? Date.now();
  const time = dateFormat(locale, { timeZone, timeStyle: 'short' }).format(ms);
  const days = dayNumber(ms, timeZone) - dayNumber(now, timeZone);
  // English puts a comma between the day and the time; Chinese writes them side by side.
  const comma = locale?.startsWith('zh') ? ' ' : ', ';
  if (Math.abs(days) <= 1) return `${capitalize(relativeFormat(locale).format(days, 'day'))}${comma}${time}`;
  if (Math.abs(days) < 7) return `${dateFormat(locale, { timeZone, weekday: 'short' }).format(ms)} ${time}`;
  const sameYear = dateFormat('en', { timeZone, year: 'numeric' }).format(ms) === dateFormat('en', { timeZone, year: 'numeric' }).format(now);
  if (sameYear) return `${dateFormat(locale, { timeZone, day: 'numeric', month: 'short' }).format(ms)}${comma}${time}`;
  return dateFormat(locale, { timeZone, day: 'numeric', month: 'short', year: 'numeric' }).format(ms);
}

/** The full date and time, for tooltips and headers. */
export function formatFull(ms: number, options: Omit<WhenOptions, 'now'> = {}): string {
  return dateFormat(options.locale, { timeZone: options.timeZone, dateStyle: 'full', timeStyle: 'short' }).format(ms);
}

/**
 * 950 → "950", 12_345 → "12k", 2_400_000 → "2.4M"; the same on server and client, so it never
 * mismatches on hydration. Chinese counts in 萬 (ten thousands): 12_345 → "1.2萬".
 */
export function compactCount(n: number, locale?: string): string {
  if (locale?.startsWith('zh')) return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(n);
  if (n < 1000) return String(n);
  if (n < 1_000_000) return `${(n / 1000).toFixed(n < 10_000 ? 1 : 0).replace(/\.0$/, '')}k`;
  return `${(n / 1_000_000).toFixed(1).replace(/\.0$/, '')}M`;
}
