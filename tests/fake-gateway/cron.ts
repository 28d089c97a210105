// Five-field cron expressions (minute hour day-of-month month day-of-week) in UTC, with the
// croniter semantics the gateway relies on: lists, ranges, steps, 7 = Sunday, and day-of-month
// OR day-of-week when both are restricted.

export interface CronSpec {
  minutes: number[];
  hours: number[];
  days: Set<number>;
  months: Set<number>;
  weekdays: Set<number>;
  daysRestricted: boolean;
  weekdaysRestricted: boolean;
}

const BOUNDS = [
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 7],
] as const;

const MAX_DAYS_AHEAD = 366 * 5;

function parseNumber(text: string): number {
  if (!/^\d+$/.test(text)) throw new Error(`bad value '${text}'`);
  return Number(text);
}

function parseField(text: string, [min, max]: readonly [number, number]): Set<number> {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const [range = '', stepText, extra] = part.split('/');
    if (extra !== undefined) throw new Error(`bad step in '${part}'`);
    const step = stepText === undefined ? 1 : parseNumber(stepText);
    if (step < 1) throw new Error(`bad step in '${part}'`);
    let low: number;
    let high: number;
    if (range === '*') [low, high] = [min, max];
    else if (range.includes('-')) {
      const [from = '', to = ''] = range.split('-');
      [low, high] = [parseNumber(from), parseNumber(to)];
    } else {
      low = parseNumber(range);
      high = stepText === undefined ? low : max;
    }
    if (low < min || high > max || low > high) throw new Error(`'${part}' is out of range ${min}-${max}`);
    for (let value = low; value <= high; value += step) values.add(value);
  }
  return values;
}

/** Parses an expression; throws an Error naming the bad field. */
export function parseCron(expr: string): CronSpec {
  const fields = expr.trim().split(/\s+/);
  if (fields.length !== 5) throw new Error(`expected 5 fields, got ${fields.length}`);
  const [minutes, hours, days, months, weekdays] = fields.map((field, i) => parseField(field, BOUNDS[i] ?? [0, 0]));
  if (!minutes || !hours || !days || !months || !weekdays) throw new Error('missing field');
  if (weekdays.delete(7)) weekdays.add(0);
  return {
    minutes: [...minutes].sort((a, b) => a - b),
    hours: [...hours].sort((a, b) => a - b),
    days,
    months,
    weekdays,
    daysRestricted: !fields[2]?.startsWith('*'),
    weekdaysRestricted: !fields[4]?.startsWith('*'),
  };
}

function dayMatches(spec: CronSpec, date: Date): boolean {
  const byDay = spec.days.has(date.getUTCDate());
  const byWeekday = spec.weekdays.has(date.getUTCDay());
  if (spec.daysRestricted && spec.weekdaysRestricted) return byDay || byWeekday;
  return byDay && byWeekday;
}

/** The first occurrence strictly after `after`, or undefined if none within five years. */
export function nextCronRun(spec: CronSpec, after: Date): Date | undefined {
  const earliest = Math.floor(after.getTime() / 60_000) * 60_000 + 60_000;
  const firstDay = new Date(earliest);
  for (let offset = 0; offset < MAX_DAYS_AHEAD; offset++) {
    const day = new Date(Date.UTC(firstDay.getUTCFullYear(), firstDay.getUTCMonth(), firstDay.getUTCDate() + offset));
    if (!spec.months.has(day.getUTCMonth() + 1) || !dayMatches(spec, day)) continue;
    for (const hour of spec.hours) {
      for (const minute of spec.minutes) {
        const time = day.getTime() + hour * 3_600_000 + minute * 60_000;
        if (time >= earliest) return new Date(time);
      }
    }
  }
  return undefined;
}
