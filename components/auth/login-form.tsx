import { authMessages } from '@/lib/i18n/messages/auth';
import { getT } from '@/lib/i18n/server';

export interface LoginFormProps {
  next: string;
  error: string | undefined;
}

/**
 * A plain HTML form: it works with JavaScript off, and when a script sets the input's value
 * directly. Nothing here depends on React state, so the button is never disabled.
 */
export async function LoginForm({ next, error }: LoginFormProps) {
  const t = await getT(authMessages);
  return (
    <main className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center px-6 pb-[max(2rem,env(safe-area-inset-bottom))] pt-[max(2rem,env(safe-area-inset-top))]">
      <div className="mb-8 flex items-center gap-3">
        <span aria-hidden className="grid size-11 place-items-center rounded-2xl bg-accent text-xl font-bold text-accent-ink">P</span>
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Paddock</h1>
          <p className="text-sm text-muted">{t('tagline')}</p>
        </div>
      </div>
      <form method="post" action="/api/auth/login" className="flex flex-col gap-4">
        <input type="hidden" name="next" value={next} />
        <input type="text" name="username" autoComplete="username" value="paddock" readOnly hidden />
        <label htmlFor="password" className="text-sm font-medium">
          {t('password')}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          required
          autoFocus
          autoComplete="current-password"
          aria-describedby={error ? 'login-error' : undefined}
          className="h-12 rounded-xl border border-line bg-surface px-4 text-base outline-none focus:border-accent"
        />
        {error ? (
          <p id="login-error" role="alert" className="rounded-lg bg-raised px-3 py-2 text-sm text-bad">
            {error}
          </p>
        ) : null}
        <button type="submit" className="h-12 rounded-xl bg-accent text-base font-semibold text-accent-ink active:opacity-80">
          {t('logIn')}
        </button>
      </form>
    </main>
  );
}
