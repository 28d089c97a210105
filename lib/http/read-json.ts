import { AppError } from './app-error';

/** Reads a JSON request body; a body that is not JSON is a 400 with a message, never a 500. */
export async function readJson(req: Request): Promise<unknown> {
  if (!(req.headers.get('content-type') ?? '').includes('application/json')) {
    throw new AppError('bad_request', 'Send JSON with Content-Type: application/json.');
  }
  try {
    return await req.json();
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.');
  }
}
