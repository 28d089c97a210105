'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useT } from '@/components/i18n/locale-provider';
import { skillMessages } from '@/lib/i18n/messages/skills';
import { copyText } from '@/components/ui/clipboard';
import { terminalHref } from './skill-href';

export interface InstallActionsProps {
  command: string;
}

/**
 * Installing needs the `hermes` CLI on the agent host, so Paddock hands over the exact command:
 * copy it, or open the terminal with it typed in (not run: the user presses Return).
 */
export function InstallActions({ command }: InstallActionsProps) {
  const t = useT(skillMessages);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (copied === 'idle') return;
    const timer = setTimeout(() => setCopied('idle'), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  return (
    <div className="flex min-w-0 flex-col gap-2">
      <code data-install-command className="block overflow-x-auto whitespace-pre rounded-lg bg-raised px-3 py-2 font-mono text-sm select-all">
        {command}
      </code>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() => void copyText(command).then((ok) => setCopied(ok ? 'copied' : 'failed'))}
          className="min-h-11 rounded-xl border border-line bg-surface px-4 text-sm font-medium"
        >
          {copied === 'copied' ? t('copied') : copied === 'failed' ? t('selectToCopy') : t('copyCommand')}
        </button>
        <Link href={terminalHref(command)} className="flex min-h-11 items-center rounded-xl bg-accent px-4 text-sm font-medium text-accent-ink">
          {t('typeInTerminal')}
        </Link>
      </div>
      <span role="status" className="sr-only">
        {copied === 'copied' ? t('commandCopied') : ''}
      </span>
    </div>
  );
}
