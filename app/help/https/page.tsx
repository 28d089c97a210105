import Link from 'next/link';
import { RichText } from '@/components/i18n/rich-text';
import { helpMessages } from '@/lib/i18n/messages/help';
import { titleMetadata } from '@/lib/i18n/metadata';
import { getT } from '@/lib/i18n/server';

export const generateMetadata = titleMetadata(helpMessages, 'title');

function Code({ children }: { children: string }) {
  return <pre className="overflow-x-auto rounded-xl border border-line bg-surface p-3 text-sm leading-relaxed">{children}</pre>;
}

// Shell commands: the same in every language, apart from the comment.
const SERVE = 'tailscale serve --bg 3000\nTRUST_PROXY=1 ALLOWED_HOSTS=<machine>.<tailnet>.ts.net CLAUDE_PASSWORD=… npm start';
const CERT = 'sudo tailscale cert <machine>.<tailnet>.ts.net   # {comment}\nHOST=0.0.0.0 TLS_CERT_FILE=<name>.crt TLS_KEY_FILE=<name>.key \\\n  ALLOWED_HOSTS=<machine>.<tailnet>.ts.net CLAUDE_PASSWORD=… npm start';

const TAGS = { code: (text: string) => <code>{text}</code>, b: (text: string) => <strong>{text}</strong> };

/**
 * The README's "On your tailnet" steps, served by Paddock itself so the insecure-connection banner
 * can link to them without leaving the tailnet (which may have no internet). Public: the banner
 * shows on the login page too.
 */
export default async function HttpsHelpPage() {
  const t = await getT(helpMessages);
  return (
    <main className="mx-auto max-w-2xl px-4 pb-[max(2rem,env(safe-area-inset-bottom))] pt-[max(1.5rem,env(safe-area-inset-top))] md:px-8">
      <Link href="/" className="inline-flex min-h-11 items-center text-sm font-medium text-accent">
        {t('back')}
      </Link>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">{t('title')}</h1>
      <div className="mt-4 space-y-4 text-[15px] leading-relaxed">
        <p>
          <RichText text={t('intro')} tags={TAGS} />
        </p>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <RichText text={t('offline')} tags={TAGS} />
          </li>
          <li>
            <RichText text={t('notifications')} tags={TAGS} />
          </li>
          <li>
            <RichText text={t('clipboard')} tags={TAGS} />
          </li>
        </ul>
        <p>
          <RichText text={t('twoWays')} tags={TAGS} />
        </p>
        <h2 className="pt-2 text-lg font-semibold">{t('serveHeading')}</h2>
        <p>{t('serveBody')}</p>
        <Code>{SERVE}</Code>
        <h2 className="pt-2 text-lg font-semibold">{t('certHeading')}</h2>
        <Code>{CERT.replace('{comment}', t('certComment'))}</Code>
        <p>
          <RichText text={t('renew')} tags={TAGS} />
        </p>
        <p>
          <RichText text={t('install')} tags={TAGS} />
        </p>
      </div>
    </main>
  );
}
