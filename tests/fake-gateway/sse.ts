import type { ServerResponse } from 'node:http';
import type { LeadingHeaders } from './http-reply';

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/**
 * An SSE response as the gateway writes it: no security headers (aiohttp cannot add them once a
 * StreamResponse is prepared) and a `: keepalive` comment after every `keepaliveMs` of silence.
 */
export class SseStream {
  private keepaliveTimer: NodeJS.Timeout | undefined;

  private constructor(
    private readonly res: ServerResponse,
    private readonly keepaliveMs: number,
  ) {
    res.on('close', () => clearTimeout(this.keepaliveTimer));
  }

  static open(res: ServerResponse, headers: LeadingHeaders, keepaliveMs: number): SseStream {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-cache',
      'X-Accel-Buffering': 'no',
      ...headers,
    });
    res.flushHeaders();
    const stream = new SseStream(res, keepaliveMs);
    stream.armKeepalive();
    return stream;
  }

  /** False once the client disconnected or the connection was cut. */
  get isOpen(): boolean {
    return !this.res.destroyed && !this.res.writableEnded;
  }

  data(payload: string): Promise<void> {
    return this.write(`data: ${payload}\n\n`);
  }

  event(name: string, payload: string): Promise<void> {
    return this.write(`event: ${name}\ndata: ${payload}\n\n`);
  }

  end(): void {
    clearTimeout(this.keepaliveTimer);
    if (this.isOpen) this.res.end();
  }

  private async write(frame: string): Promise<void> {
    if (!this.isOpen) return;
    this.armKeepalive();
    if (!this.res.write(frame)) await drained(this.res);
  }

  private armKeepalive(): void {
    clearTimeout(this.keepaliveTimer);
    this.keepaliveTimer = setTimeout(() => {
      if (!this.isOpen) return;
      this.res.write(': keepalive\n\n');
      this.armKeepalive();
    }, this.keepaliveMs);
  }
}
