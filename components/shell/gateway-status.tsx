import { probeGateway } from '@/lib/gateway/capabilities';
import { shellMessages } from '@/lib/i18n/messages/shell';
import { getT } from '@/lib/i18n/server';
import { GatewayStatusLive } from './gateway-status-live';

const LABELS = { ok: 'gatewayOk', unreachable: 'gatewayUnreachable', unauthorized: 'gatewayUnauthorized', error: 'gatewayError' } as const;

/** Server-rendered gateway status; streamed in so a slow gateway never delays the page. */
export async function GatewayStatus() {
  const [probe, t] = await Promise.all([probeGateway(), getT(shellMessages)]);
  const labels = { ok: t(LABELS.ok), unreachable: t(LABELS.unreachable), unauthorized: t(LABELS.unauthorized), error: t(LABELS.error) };
  return <GatewayStatusLive initial={{ status: probe.status, message: probe.message ?? null, model: probe.model ?? null }} labels={labels} />;
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
