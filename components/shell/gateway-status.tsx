import { probeGateway } from '@/lib/gateway/capabilities';
import { shellMessages } from '@/lib/i18n/messages/shell';
import { getT } from '@/lib/i18n/server';

const LABELS = { ok: 'gatewayOk', unreachable: 'gatewayUnreachable', unauthorized: 'gatewayUnauthorized', error: 'gatewayError' } as const;

/** Server-rendered gateway status; streamed in so a slow gateway never delays the page. */
export async function GatewayStatus() {
  const [probe, t] = await Promise.all([probeGateway(), getT(shellMessages)]);
  const ok = probe.status === 'ok';
  return (
    <p role="status" title={probe.message ?? probe.model ?? undefined} className="flex items-center gap-2 text-xs text-muted" data-gateway-status={probe.status}>
      <span aria-hidden className={`size-2 rounded-full ${ok ? 'bg-ok' : 'bg-bad'}`} />
      <span>{t(LABELS[probe.status])}</span>
      {ok && probe.model ? <span className="hidden sm:inline">· {probe.model}</span> : null}
    </p>
  );
}

export async function GatewayStatusPending() {
  const t = await getT(shellMessages);
  return (
    <p role="status" className="flex items-center gap-2 text-xs text-muted">
      <span aria-hidden className="size-2 animate-pulse rounded-full bg-line" />
      <span>{t('checkingGateway')}</span>
    </p>
  );
}
