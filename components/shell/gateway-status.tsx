import { probeGateway } from '@/lib/gateway/capabilities';

const LABELS = { ok: 'Gateway online', unreachable: 'Gateway unreachable', unauthorized: 'Gateway key rejected', error: 'Gateway error' } as const;

/** Server-rendered gateway status; streamed in so a slow gateway never delays the page. */
export async function GatewayStatus() {
  const probe = await probeGateway();
  const ok = probe.status === 'ok';
  return (
    <p role="status" title={probe.message ?? probe.model ?? undefined} className="flex items-center gap-2 text-xs text-muted" data-gateway-status={probe.status}>
      <span aria-hidden className={`size-2 rounded-full ${ok ? 'bg-ok' : 'bg-bad'}`} />
      <span>{LABELS[probe.status]}</span>
      {ok && probe.model ? <span className="hidden sm:inline">· {probe.model}</span> : null}
    </p>
  );
}

export function GatewayStatusPending() {
  return (
    <p role="status" className="flex items-center gap-2 text-xs text-muted">
      <span aria-hidden className="size-2 animate-pulse rounded-full bg-line" />
      <span>Checking gateway…</span>
    </p>
  );
}
