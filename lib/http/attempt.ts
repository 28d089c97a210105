import { AppError } from './app-error';

export type Attempt<T> = { ok: true; value: T } | { ok: false; error: { code: AppError['code']; message: string } };

/** For pages: an AppError becomes a value to show in place of the content; anything else still throws. */
export async function attempt<T>(run: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
    throw error;
  }
}
