export type HermesHomeErrorCode = 'hermes_home_missing' | 'hermes_home_unreadable' | 'not_found';

/** Error raised by the HERMES_HOME readers; `code` is stable for callers to map to HTTP statuses. */
export class HermesHomeError extends Error {
  readonly code: HermesHomeErrorCode;

  constructor(code: HermesHomeErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'HermesHomeError';
    this.code = code;
  }
}

/** True when `err` is a HermesHomeError, optionally with the given code; never throws. */
export function isHermesHomeError(err: unknown, code?: HermesHomeErrorCode): err is HermesHomeError {
  return err instanceof HermesHomeError && (code === undefined || err.code === code);
}
