import { AppError, type ErrorBody, type ErrorCode } from '@/lib/http/app-error';

/**
 * An AppError whose body carries more than `{ code, message }`: the conflict's current version, or a
 * parser's line and column. `handle()` sends whatever `toBody()` returns, so the extra fields reach
 * the client without a second error exit.
 */
export class FilesError<Details extends object> extends AppError {
  readonly details: Details;

  constructor(code: ErrorCode, message: string, details: Details, options: { cause?: unknown } = {}) {
    super(code, message, options);
    this.details = details;
  }

  override toBody(): ErrorBody & Details {
    return { ...this.details, ...super.toBody() };
  }
}
