import { z } from 'zod';
import { AppError } from '@/lib/http/app-error';
import { defaultTarget, gatewayFetch, type GatewayTarget } from './client';

export const CAPABILITIES_CACHE_MS = 10_000;
const PROBE_TIMEOUT_MS = 3_000;

const capabilitiesSchema = z.object({
  model: z.string().optional(),
  features: z.record(z.string(), z.unknown()).default({}),
  endpoints: z.record(z.string(), z.object({ method: z.string(), path: z.string() })).default({}),
});

export type GatewayStatus = 'ok' | 'unreachable' | 'unauthorized' | 'error';

export interface GatewayProbe {
  reachable: boolean;
  status: GatewayStatus;
  message: string | undefined;
  model: string | undefined;
  features: Readonly<Record<string, unknown>>;
  endpoints: Readonly<Record<string, { method: string; path: string }>>;
  checkedAt: number;
}

function failed(status: GatewayStatus, message: string, reachable: boolean): GatewayProbe {
  return { reachable, status, message, model: undefined, features: {}, endpoints: {}, checkedAt: Date.now() };
}

async function probe(target: GatewayTarget): Promise<GatewayProbe> {
  try {
    const response = await gatewayFetch('/v1/capabilities', { timeoutMs: PROBE_TIMEOUT_MS }, target);
    if (!response.ok) {
      await response.body?.cancel();
      return failed('error', `The gateway answered /v1/capabilities with HTTP ${response.status}.`, true);
    }
    const parsed = capabilitiesSchema.safeParse(await response.json());
    if (!parsed.success) return failed('error', 'The gateway sent capabilities Paddock cannot read.', true);
    return { reachable: true, status: 'ok', message: undefined, checkedAt: Date.now(), model: parsed.data.model, features: parsed.data.features, endpoints: parsed.data.endpoints };
  } catch (error) {
    if (error instanceof AppError && error.code === 'gateway_rejected_key') return failed('unauthorized', error.message, true);
    if (error instanceof AppError) return failed('unreachable', error.message, false);
    throw error;
  }
}

const cache = new Map<string, { at: number; value: Promise<GatewayProbe> }>();

/** The gateway's status and capabilities, probed at most every CAPABILITIES_CACHE_MS. Never throws for gateway faults. */
export function probeGateway(target = defaultTarget(), now = Date.now()): Promise<GatewayProbe> {
  const key = `${target.url}\n${target.key ?? ''}`;
  const hit = cache.get(key);
  if (hit && now - hit.at < CAPABILITIES_CACHE_MS) return hit.value;
  const value = probe(target);
  cache.set(key, { at: now, value });
  return value;
}

/** Forgets cached probes (after the gateway is known to have changed, and in tests). */
export function clearGatewayProbeCache(): void {
  cache.clear();
}
