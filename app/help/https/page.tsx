import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'HTTPS on your tailnet' };

function Code({ children }: { children: string }) {
  return <pre className="overflow-x-auto rounded-xl border border-line bg-surface p-3 text-sm leading-relaxed">{children}</pre>;
}

/**
 * The README's "On your tailnet" steps, served by Paddock itself so the insecure-connection banner
 * can link to them without leaving the tailnet (which may have no internet). Public: the banner
 * shows on the login page too.
 */
export default function HttpsHelpPage() {
  return (
    <main className="mx-auto max-w-2xl px-4 pb-[max(2rem,env(safe-area-inset-bottom))] pt-[max(1.5rem,env(safe-area-inset-top))] md:px-8">
      <Link href="/" className="inline-flex min-h-11 items-center text-sm font-medium text-accent">
        ‹ Back to Paddock
      </Link>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">HTTPS on your tailnet</h1>
      <div className="mt-4 space-y-4 text-[15px] leading-relaxed">
        <p>
          Plain <code>http://100.x.y.z:3000</code> works for logging in and chatting, but browsers treat plain HTTP on a tailnet address as insecure and withhold what an
          installed app needs:
        </p>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <strong>Offline use</strong>: the service worker that saves reviews and conversations never starts.
          </li>
          <li>
            <strong>Notifications</strong>: no push when a review is ready.
          </li>
          <li>
            <strong>Clipboard</strong>: pasting into the terminal is blocked, and copying falls back to an older, less reliable method.
          </li>
        </ul>
        <p>
          Two ways to get HTTPS with a real certificate for <code>https://&lt;machine&gt;.&lt;tailnet&gt;.ts.net</code>:
        </p>
        <h2 className="pt-2 text-lg font-semibold">1. tailscale serve (simplest)</h2>
        <p>Keep Paddock on loopback and let Tailscale terminate TLS.</p>
        <Code>{'tailscale serve --bg 3000\nTRUST_PROXY=1 ALLOWED_HOSTS=<machine>.<tailnet>.ts.net CLAUDE_PASSWORD=… npm start'}</Code>
        <h2 className="pt-2 text-lg font-semibold">2. tailscale cert and Paddock’s own TLS</h2>
        <Code>
          {
            'sudo tailscale cert <machine>.<tailnet>.ts.net   # writes <name>.crt and <name>.key\nHOST=0.0.0.0 TLS_CERT_FILE=<name>.crt TLS_KEY_FILE=<name>.key \\\n  ALLOWED_HOSTS=<machine>.<tailnet>.ts.net CLAUDE_PASSWORD=… npm start'
          }
        </Code>
        <p>Paddock re-reads the files when <code>tailscale cert</code> renews them.</p>
        <p>
          Then open the HTTPS address in Safari on the iPhone and use <strong>Share → Add to Home Screen</strong>. The installed app has its own login, separate from
          Safari’s.
        </p>
      </div>
    </main>
  );
}
