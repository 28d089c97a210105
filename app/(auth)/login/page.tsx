import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getConfig } from '@/lib/config';
import { LoginForm } from '@/components/auth/login-form';

export const metadata: Metadata = { title: 'Log in' };

const MESSAGES: Readonly<Record<string, string>> = {
  invalid: 'That password is not right. Try again.',
  bad_request: 'Type the password first.',
};

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Without a password the app is open on loopback; there is nothing to log in to.
  if (!getConfig().password) redirect('/');
  const params = await searchParams;
  const error = first(params.error);
  const message = error ? (MESSAGES[error] ?? 'Logging in failed. Try again.') : undefined;
  return <LoginForm next={first(params.next) ?? ''} error={message} />;
}
