import { ZodError } from 'zod';
import { AppError, type ErrorBody } from './app-error';

/** The single error exit of route handlers: AppError → its status, ZodError → 400 with issues, else a logged 500. */
export async function handle(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    return errorResponse(error);
  }
}

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return Response.json(error.toBody(), { status: error.status, headers: error.headers });
  }
  if (error instanceof ZodError) {
    const body: ErrorBody = {
      code: 'bad_request',
      message: error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '),
      issues: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    };
    return Response.json(body, { status: 400 });
  }
  console.error('[paddock] unhandled error in route handler', error);
  const body: ErrorBody = { code: 'internal', message: 'Something went wrong on the Paddock server. The details are in its log.' };
  return Response.json(body, { status: 500 });
}
