import { probeGateway } from '@/lib/gateway/capabilities';
import { shellMessages } from '@/lib/i18n/messages/shell';
import { getT } from '@/lib/i18n/server';

/** A banner that says what is wrong with the gateway and what to fix; nothing when it is fine. */
export async function GatewayProblem() {
  const [probe, t] = await Promise.all([probeGateway(), getT(shellMessages)]);
  if (probe.status === 'ok' || !probe.message) return null;
  return (
    <div role="alert" className="mx-4 mt-3 rounded-xl border border-line bg-raised px-4 py-3 text-sm">
      <p className="font-medium text-bad">{t('agentUnreachable')}</p>
      <p className="mt-1 text-muted">{probe.message}</p>
    </div>
  );
}
