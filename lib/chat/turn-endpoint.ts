import type { IncomingMessage, ServerResponse } from 'node:http';
import { readNodeJson, writeNodeChunk, writeNodeError } from '@/lib/http/node-io';
import { runTurn } from './run-turn';
import { turnRequestSchema } from './turn-request';

/** Text and photo ids only (photos are uploaded first): MAX_TEXT_CHARS even fully \u-escaped fits. */
const MAX_TURN_BODY_BYTES = 512 * 1024;

const STREAM_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  // no-transform keeps any compressor off the events: a compressed stream is held back in its buffer.
  'Cache-Control': 'no-store, no-transform',
  'X-Accel-Buffering': 'no',
};

/**
 * POST /api/chat/turns, answered by the server itself rather than through Next: every token of
 * every answer passes here, and Next's route dispatch added milliseconds before the gateway call
 * and a web-stream hop per token (bench/stream). Sends one user message and streams the agent's
 * answer back as SSE, writing each frame the moment the gateway's event arrives.
 */
export async function postTurn(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const stop = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) stop.abort();
  });
  let frames: AsyncGenerator<string>;
  try {
    const request = turnRequestSchema.parse(await readNodeJson(req, MAX_TURN_BODY_BYTES));
    frames = await runTurn(request, stop);
  } catch (error) {
    if (!res.destroyed) await writeNodeError(res, error);
    return;
  }
  res.writeHead(200, STREAM_HEADERS);
  res.socket?.setNoDelay(true);
  for await (const frame of frames) {
    if (!(await writeNodeChunk(res, frame))) break;
  }
  res.end();
}
