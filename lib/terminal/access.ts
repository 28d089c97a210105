import { getConfig } from '@/lib/config';
import { AppError, type ErrorCode } from '@/lib/http/app-error';
import type { TerminalManager, TerminalOutcome, TerminalProblem } from './manager';
import { findTerminalManager } from './registry';

export const TERMINAL_OFF_MESSAGE = 'The terminal is turned off. Set TERMINAL_ENABLED=1 in Paddock’s environment and restart it to turn it on.';
const NOT_RUNNING_MESSAGE = 'The terminal needs Paddock’s own server (npm start or npm run dev); it is not running under this one.';

const STATUS_OF: Readonly<Record<TerminalProblem['problem'], ErrorCode>> = {
  not_found: 'not_found',
  too_many: 'conflict',
  unavailable: 'feature_unavailable',
};

/** For route handlers and pages: the running manager, or AppError feature_unavailable (503) saying why not. */
export function requireTerminals(): TerminalManager {
  if (!getConfig().terminal.enabled) throw new AppError('feature_unavailable', TERMINAL_OFF_MESSAGE);
  const manager = findTerminalManager();
  if (!manager) throw new AppError('feature_unavailable', NOT_RUNNING_MESSAGE);
  return manager;
}

/** Unwraps a manager outcome, turning a refusal into the AppError of the calling bundle. */
export function unwrap<T>(outcome: TerminalOutcome<T>): T {
  if (outcome.ok) return outcome.value;
  throw new AppError(STATUS_OF[outcome.problem], outcome.message);
}
