import type { Metadata } from 'next';
import { TerminalScreen } from '@/components/terminal/terminal-screen';
import { ScreenHeader } from '@/components/ui/screen-header';
import { ScreenProblem } from '@/components/ui/screen-problem';
import { getConfig } from '@/lib/config';
import { attempt } from '@/lib/http/attempt';
import { requireTerminals } from '@/lib/terminal/access';
import { typeInSchema } from '@/lib/terminal/protocol';

export const metadata: Metadata = { title: 'Terminal' };
export const dynamic = 'force-dynamic';

interface TerminalPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * A shell on the agent host. `/terminal?type=<command>` opens a new terminal with the command typed
 * in but not run, for screens such as the skill browser's Install button.
 */
export default async function TerminalPage({ searchParams }: TerminalPageProps) {
  const result = await attempt(async () => requireTerminals());
  if (!result.ok) {
    return (
      <>
        <ScreenHeader title="Terminal" />
        <ScreenProblem title={getConfig().terminal.enabled ? 'The terminal is not available' : 'The terminal is turned off'} message={result.error.message} />
      </>
    );
  }
  const manager = result.value;
  const { type } = await searchParams;
  const typed = typeof type === 'string' ? typeInSchema.safeParse(type) : undefined;
  return (
    <>
      <h1 className="sr-only">Terminal</h1>
      {typed && !typed.success ? (
        <p role="alert" className="border-b border-line bg-raised px-3 py-2 text-sm text-bad">
          The command to type in was not used: {typed.error.issues[0]?.message}.
        </p>
      ) : null}
      <TerminalScreen initial={{ terminals: manager.list(), max: manager.maxOpen }} typeIn={typed?.success ? typed.data : undefined} />
    </>
  );
}
