import { getConfig } from '@/lib/config';
import { AppError } from '@/lib/http/app-error';
import { HermesHomeError } from './errors';

export const SET_HERMES_HOME =
  "Set HERMES_HOME to the agent's data directory (the folder holding state.db and cron/, e.g. ~/.hermes) and restart Paddock.";

/** The one place a HermesHomeError becomes an AppError: what to fix for an unusable home, `notFound` for a missing item. */
export function toAppError(error: HermesHomeError, notFound: string): AppError {
  switch (error.code) {
    case 'not_found':
      return new AppError('not_found', notFound, { cause: error });
    case 'hermes_home_missing':
      return new AppError('feature_unavailable', `${error.message}. ${SET_HERMES_HOME}`, { cause: error });
    case 'hermes_home_unreadable':
      return new AppError(
        'feature_unavailable',
        `${error.message}. Paddock must run as the same user as the Hermes gateway to read HERMES_HOME.`,
        { cause: error },
      );
  }
}

/** The configured HERMES_HOME; throws AppError feature_unavailable naming the variable when it is not set. */
export function requireHermesHome(what: string): string {
  const home = getConfig().hermesHome;
  if (!home) throw new AppError('feature_unavailable', `${what} needs HERMES_HOME, which is not set. ${SET_HERMES_HOME}`);
  return home;
}

/** Runs a HERMES_HOME reader with the configured home, turning its errors into AppErrors. */
export async function withHermesHome<T>(what: string, notFound: string, read: (home: string) => Promise<T>): Promise<T> {
  const home = requireHermesHome(what);
  try {
    return await read(home);
  } catch (error) {
    if (error instanceof HermesHomeError) throw toAppError(error, notFound);
    throw error;
  }
}
