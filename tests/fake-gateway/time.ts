/**
 * Python's `datetime.isoformat()` for an aware UTC datetime: a microsecond fraction (omitted when
 * zero, as Python does) and a "+00:00" offset. JS dates stop at milliseconds.
 */
export function pyIsoTimestamp(date: Date): string {
  const base = date.toISOString().slice(0, 19);
  const millis = date.getUTCMilliseconds();
  return millis === 0 ? `${base}+00:00` : `${base}.${String(millis).padStart(3, '0')}000+00:00`;
}
