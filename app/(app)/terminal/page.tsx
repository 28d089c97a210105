import { TerminalScreen } from '@/components/terminal/terminal-screen';
import { ScreenHeader } from '@/components/ui/screen-header';
import { ScreenProblem } from '@/components/ui/screen-problem';
import { getConfig } from '@/lib/config';
import { attempt } from '@/lib/http/attempt';
import { terminalMessages } from '@/lib/i18n/messages/terminal';
import { titleMetadata } from '@/lib/i18n/metadata';
import { getT } from '@/lib/i18n/server';
import { requireTerminals } from '@/lib/terminal/access';
import { typeInSchema } from '@/lib/terminal/protocol';

export const generateMetadata = titleMetadata(terminalMessages, 'title');
export const dynamic = 'force-dynamic';

interface TerminalPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * A shell on the agent host. `/terminal?type=<command>` opens a new terminal with the command typed
 * in but not run, for screens such as the skill browser's Install button.
 */
export default async function TerminalPage({ searchParams }: TerminalPageProps) {
  const t = await getT(terminalMessages);
  const result = await attempt(async () => requireTerminals());
  if (!result.ok) {
    return (
      <>
        <ScreenHeader title={t('title')} />
        <ScreenProblem title={getConfig().terminal.enabled ? t('unavailable') : t('turnedOff')} message={result.error.message} />
      </>
    );
  }
  const manager = result.value;
  const { type } = await searchParams;
  const typed = typeof type === 'string' ? typeInSchema.safeParse(type) : undefined;
  return (
    <>
      <h1 className="sr-only">{t('title')}</h1>
      {typed && !typed.success ? (
        <p role="alert" className="border-b border-line bg-raised px-3 py-2 text-sm text-bad">
          {t('typeInRefused', { reason: typed.error.issues[0]?.message ?? '' })}
        </p>
      ) : null}
      <TerminalScreen initial={{ terminals: manager.list(), max: manager.maxOpen }} typeIn={typed?.success ? typed.data : undefined} />
    </>
  );
}
