import { redirect } from 'next/navigation';
import { getConfig } from '@/lib/config';
import { LoginForm } from '@/components/auth/login-form';
import { authMessages } from '@/lib/i18n/messages/auth';
import { titleMetadata } from '@/lib/i18n/metadata';
import { getT } from '@/lib/i18n/server';

export const generateMetadata = titleMetadata(authMessages, 'title');

const MESSAGES = { invalid: 'invalid', bad_request: 'badRequest' } as const;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Without a password the app is open on loopback; there is nothing to log in to.
  if (!getConfig().password) redirect('/');
  const params = await searchParams;
  const error = first(params.error);
  const t = await getT(authMessages);
  const known = error && error in MESSAGES ? MESSAGES[error as keyof typeof MESSAGES] : null;
  const message = error ? t(known ?? 'failed') : undefined;
  return <LoginForm next={first(params.next) ?? ''} error={message} />;
}
