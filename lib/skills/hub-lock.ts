import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { isMissingError, toHomeError } from '@/lib/hermes-home/home';

/** One skill the hub installed, as skills/.hub/lock.json records it. */
export interface HubInstall {
  name: string;
  source: string | null;
  identifier: string | null;
  trustLevel: string | null;
  scanVerdict: string | null;
  /** Relative to skills/, e.g. "mlops/pinecone". */
  installPath: string | null;
  installedAt: number | null;
  updatedAt: number | null;
}

export interface HubLock {
  byName: ReadonlyMap<string, HubInstall>;
  byPath: ReadonlyMap<string, HubInstall>;
}

const text = z.string().nullish().catch(null);

const entrySchema = z.object({
  source: text,
  identifier: text,
  trust_level: text,
  scan_verdict: text,
  install_path: text,
  installed_at: text,
  updated_at: text,
});

const lockSchema = z.object({ installed: z.record(z.string(), z.unknown()).catch({}) });

export const EMPTY_HUB_LOCK: HubLock = { byName: new Map(), byPath: new Map() };

function isoToMs(value: string | null | undefined): number | null {
  const ms = value ? Date.parse(value) : Number.NaN;
  return Number.isFinite(ms) ? ms : null;
}

/** Parses lock.json text; odd entries are skipped, never fatal: provenance is a label, not a reason to hide skills. */
export function parseHubLock(raw: string): HubLock {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return EMPTY_HUB_LOCK;
  }
  const parsed = lockSchema.safeParse(json);
  if (!parsed.success) return EMPTY_HUB_LOCK;
  const byName = new Map<string, HubInstall>();
  const byPath = new Map<string, HubInstall>();
  for (const [name, value] of Object.entries(parsed.data.installed)) {
    const entry = entrySchema.safeParse(value);
    if (!entry.success) continue;
    const e = entry.data;
    const install: HubInstall = {
      name,
      source: e.source ?? null,
      identifier: e.identifier ?? null,
      trustLevel: e.trust_level ?? null,
      scanVerdict: e.scan_verdict ?? null,
      installPath: e.install_path ? e.install_path.replace(/^\/+|\/+$/g, '') : null,
      installedAt: isoToMs(e.installed_at),
      updatedAt: isoToMs(e.updated_at),
    };
    byName.set(name, install);
    if (install.installPath) byPath.set(install.installPath, install);
  }
  return { byName, byPath };
}

/** skills/.hub/lock.json under `skillsRoot`; none yet (nothing installed from the hub) is an empty lock. */
export async function readHubLock(skillsRoot: string): Promise<HubLock> {
  try {
    return parseHubLock(await fs.readFile(path.join(skillsRoot, '.hub', 'lock.json'), 'utf8'));
  } catch (error) {
    if (isMissingError(error)) return EMPTY_HUB_LOCK;
    throw toHomeError(error, 'skills/.hub/lock.json');
  }
}
