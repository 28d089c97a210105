import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from './app-error';
import { errorResponse } from './handle';

/**
 * Reads a JSON request body from a plain Node request, refusing it with 413 past `maxBytes` and
 * with 400 when it is not JSON. For the routes the server answers without Next (see server/native-routes.ts).
 */
export async function readNodeJson(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  if (!(req.headers['content-type'] ?? '').includes('application/json')) {
    throw new AppError('bad_request', 'Send JSON with Content-Type: application/json.');
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) throw new AppError('too_large', `The request is over ${maxBytes} bytes.`);
  // Plain 'data'/'end' listeners: an async iterator over the request costs a measurable share of
  // the time before a chat turn reaches the gateway (bench/stream).
  const body = await new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxBytes) {
        req.pause();
        reject(new AppError('too_large', `The request is over ${maxBytes} bytes.`));
      } else chunks.push(chunk);
    });
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    throw new AppError('bad_request', 'The request body is not valid JSON.');
  }
}

/** Answers a plain Node request with the same `{ code, message }` body and status a route handler would. */
export async function writeNodeError(res: ServerResponse, error: unknown): Promise<void> {
  const reply = errorResponse(error);
  res.writeHead(reply.status, Object.fromEntries(reply.headers));
  res.end(Buffer.from(await reply.arrayBuffer()));
}

/** Writes one piece of a stream, waiting when the socket's buffer is full. False once the client is gone. */
export async function writeNodeChunk(res: ServerResponse, chunk: string): Promise<boolean> {
  if (res.destroyed || res.writableEnded) return false;
  if (res.write(chunk)) return true;
  await new Promise<void>((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
  return !res.destroyed;
}
