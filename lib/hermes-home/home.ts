import fs from 'node:fs';
import path from 'node:path';
import { HermesHomeError } from './errors';

function errnoCode(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string') return err.code;
  return undefined;
}

/** True for "does not exist" style fs errors; never throws. */
export function isMissingError(err: unknown): boolean {
  const code = errnoCode(err);
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** Maps an fs error on `what` to a HermesHomeError (missing vs unreadable); never throws. */
export function toHomeError(err: unknown, what: string): HermesHomeError {
  if (err instanceof HermesHomeError) return err;
  if (isMissingError(err)) return new HermesHomeError('hermes_home_missing', `${what} does not exist`, { cause: err });
  return new HermesHomeError('hermes_home_unreadable', `${what} cannot be read`, { cause: err });
}

/** Resolves `home` to an absolute existing directory; throws HermesHomeError hermes_home_missing / hermes_home_unreadable. */
export function resolveHome(home: string): string {
  if (typeof home !== 'string' || home.trim() === '') {
    throw new HermesHomeError('hermes_home_missing', 'HERMES_HOME is not configured');
  }
  const abs = path.resolve(home);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(abs);
  } catch (err) {
    throw toHomeError(err, 'HERMES_HOME');
  }
  if (!stat.isDirectory()) throw new HermesHomeError('hermes_home_missing', 'HERMES_HOME is not a directory');
  return abs;
}
