import type { ServerMessage } from '@/lib/terminal/protocol';
import type { TerminalClient } from '@/lib/terminal/terminal-session';

/** A socket stand-in that records what the session sent it. */
export class RecordingClient implements TerminalClient {
  readonly frames: Buffer[] = [];
  readonly messages: ServerMessage[] = [];
  closed: { code: number; reason: string } | undefined;

  output(data: Buffer): void {
    this.frames.push(data);
  }
  message(message: ServerMessage): void {
    this.messages.push(message);
  }
  close(code: number, reason: string): void {
    this.closed = { code, reason };
  }
  text(): string {
    return Buffer.concat(this.frames).toString('utf8');
  }
  attachedOffset(): number | undefined {
    const found = this.messages.find((m) => m.type === 'attached');
    return found?.type === 'attached' ? found.offset : undefined;
  }
}
