import { z } from 'zod';

/**
 * The default VAPID contact. Push services only need a syntactically valid mailto: or https: URI,
 * but Apple's answers 403 BadJwtToken when the host is localhost or a reserved name that cannot
 * resolve (.local, .invalid, .test), so even the placeholder uses a real domain.
 */
export const DEFAULT_PUSH_CONTACT = 'mailto:paddock@example.com';

const UNRESOLVABLE_HOST = /(^|\.)(localhost|local|invalid|test|example|internal|lan|home\.arpa)$/i;

function contactHost(value: string): string {
  const url = new URL(value);
  return url.protocol === 'mailto:' ? (url.pathname.split('@')[1] ?? '') : url.hostname;
}

/** PUSH_CONTACT: a mailto: address or https: URL whose host a push service can resolve. */
export const pushContactSchema = z
  .string()
  .trim()
  .refine((v) => /^(mailto:[^@\s]+@[^@\s]+|https:\/\/\S+)$/i.test(v) && URL.canParse(v), 'must be a mailto: address or an https:// URL (for example mailto:you@your-domain.com)')
  .refine((v) => !URL.canParse(v) || !UNRESOLVABLE_HOST.test(contactHost(v)), "must name a real domain: Apple's push service refuses localhost, .local, .invalid and similar hosts");
