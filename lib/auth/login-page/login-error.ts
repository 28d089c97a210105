import type { authMessages } from '@/lib/i18n/messages/auth';

type AuthKey = keyof (typeof authMessages)['en'];

/** The `?error=` codes POST /api/auth/login sends back, and the message each shows. */
const MESSAGE_KEYS: Readonly<Record<string, AuthKey>> = { invalid: 'invalid', bad_request: 'badRequest' };

/** The message key for an `?error=` value: a known code's own, anything else 'failed', none without an error. */
export function loginErrorKey(error: string | null | undefined): AuthKey | undefined {
  if (!error) return undefined;
  return Object.hasOwn(MESSAGE_KEYS, error) ? MESSAGE_KEYS[error] : 'failed';
}
