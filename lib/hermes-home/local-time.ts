import fs from 'node:fs/promises';
import path from 'node:path';

/** True if `tz` is an IANA zone this runtime knows; never throws. */
export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function offsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** Converts a wall-clock time in `timeZone` to ms epoch (UTC when the zone is 'UTC'); never throws for valid zones. */
export function wallClockToEpoch(
  fields: { year: number; month: number; day: number; hour: number; minute: number; second: number },
  timeZone: string,
): number {
  const asUtc = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
  if (timeZone === 'UTC') return asUtc;
  // Two passes settle the offset across DST transitions.
  const first = asUtc - offsetMs(asUtc, timeZone);
  const second = asUtc - offsetMs(first, timeZone);
  return second;
}

/**
 * The zone Hermes used for cron file names: its `timezone:` key in config.yaml when set and valid, else 'UTC'.
 * (Hermes falls back to the gateway host's local time, which a reader cannot know; containers run in UTC.) Never throws.
 */
export async function hermesTimeZone(home: string): Promise<string> {
  let raw: string;
  try {
    raw = await fs.readFile(path.join(home, 'config.yaml'), 'utf8');
  } catch {
    return 'UTC';
  }
  // Only a top-level scalar is needed, so a line match avoids pulling in a YAML parser.
  const m = /^timezone:[ \t]*["']?([A-Za-z0-9_+\-/]+)["']?[ \t]*(?:#.*)?$/m.exec(raw);
  const tz = m?.[1];
  return tz && isValidTimeZone(tz) ? tz : 'UTC';
}
