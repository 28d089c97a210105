'use client';

import { useEffect, useRef, useState } from 'react';
import { GATEWAY_CHECK_EVENT, type GatewayCheck } from '@/lib/client/gateway-check';
import type { GatewayStatus } from '@/lib/gateway/capabilities';

export interface ShownProbe {
  status: GatewayStatus;
  message: string | null;
  model: string | null;
}

const STATUSES: readonly GatewayStatus[] = ['ok', 'unreachable', 'unauthorized', 'error'];

function readProbe(body: unknown): ShownProbe | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const { status, message, model } = body as Record<string, unknown>;
  if (!STATUSES.includes(status as GatewayStatus)) return undefined;
  return { status: status as GatewayStatus, message: typeof message === 'string' ? message : null, model: typeof model === 'string' ? model : null };
}

/**
 * One probe at a time for every status on the page (the phone header's and the Mac sidebar's hear
 * the same event): each fresh probe clears the server's cache and calls the gateway.
 */
let probing: Promise<ShownProbe | undefined> | undefined;

function probeAgain(): Promise<ShownProbe | undefined> {
  probing ??= fetch('/api/gateway/status?fresh=1', { cache: 'no-store' })
    .then((response) => (response.ok ? response.json() : undefined))
    .then(readProbe, () => undefined)
    .finally(() => {
      probing = undefined;
    });
  return probing;
}

/**
 * The gateway status rendered by the server, kept true afterwards: when a chat turn fails to reach
 * the gateway, or reaches it while this still shows a problem, it probes again. Otherwise it never
 * polls, so an idle phone makes no requests.
 */
export function GatewayStatusLive({ initial, labels }: { initial: ShownProbe; labels: Record<GatewayStatus, string> }) {
  const [probe, setProbe] = useState(initial);
  const shown = useRef(initial.status);
  useEffect(() => {
    let latest = 0;
    const onCheck = (event: Event) => {
      const { answered } = (event as CustomEvent<GatewayCheck>).detail;
      if (answered && shown.current === 'ok') return;
      const ticket = ++latest;
      void probeAgain().then((next) => {
        if (!next || ticket !== latest) return;
        shown.current = next.status;
        setProbe(next);
      });
    };
    window.addEventListener(GATEWAY_CHECK_EVENT, onCheck);
    return () => window.removeEventListener(GATEWAY_CHECK_EVENT, onCheck);
  }, []);
  const ok = probe.status === 'ok';
  return (
    <p role="status" title={probe.message ?? probe.model ?? undefined} className="flex items-center gap-2 text-xs text-muted" data-gateway-status={probe.status}>
      <span aria-hidden className={`size-2 rounded-full ${ok ? 'bg-ok' : 'bg-bad'}`} />
      <span>{labels[probe.status]}</span>
      {ok && probe.model ? <span className="hidden sm:inline">· {probe.model}</span> : null}
    </p>
  );
}
