import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TerminalManager } from '@/lib/terminal/manager';
import { CLOSE_CODES } from '@/lib/terminal/protocol';
import { OUTPUT_BATCH_MAX_BYTES, OUTPUT_BATCH_MS, RING_BUFFER_BYTES } from '@/lib/terminal/terminal-session';
import { fakeSpawner } from './fake-pty';
import { RecordingClient } from './recording-client';

const IDLE_MS = 30 * 60_000;

function setup(maxOpen = 8) {
  const { spawn, ptys } = fakeSpawner();
  let n = 0;
  const manager = new TerminalManager({ spawn, idleMs: IDLE_MS, maxOpen, newId: () => `terminal-id-${String((n += 1)).padStart(5, '0')}` });
  return { manager, ptys };
}

function open(manager: TerminalManager, input = {}) {
  const outcome = manager.create(input);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.value;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('TerminalManager and its sessions', () => {
  it('creates running, detached terminals with random-looking ids and default names', () => {
    const { manager, ptys } = setup();
    const first = open(manager);
    const second = open(manager, { name: 'logs', cols: 120, rows: 40 });
    expect(first).toMatchObject({ name: 'Terminal 1', status: 'running', attached: false, cols: 80, rows: 24, exitCode: null });
    expect(second).toMatchObject({ name: 'logs', cols: 120, rows: 40 });
    expect(ptys).toHaveLength(2);
    expect(manager.list().map((t) => t.id)).toEqual([first.id, second.id]);
  });

  it('attaches: the socket gets the output so far, then live output batched, and shows as attached', () => {
    const { manager, ptys } = setup();
    const { id } = open(manager);
    const pty = ptys[0]!;
    pty.emit('$ ');
    const client = new RecordingClient();
    manager.attach(id, client, 0);
    expect(client.messages[0]).toMatchObject({ type: 'attached', offset: 0, truncated: false, terminal: { id, attached: true } });
    expect(client.text()).toBe('$ ');
    pty.emit('a');
    pty.emit('b');
    expect(client.frames).toHaveLength(1);
    vi.advanceTimersByTime(OUTPUT_BATCH_MS);
    expect(client.frames).toHaveLength(2);
    expect(client.frames[1]!.toString()).toBe('ab');
    expect(manager.list()[0]!.attached).toBe(true);
  });

  it('sends a full batch at once without waiting for the timer', () => {
    const { manager, ptys } = setup();
    const { id } = open(manager);
    const client = new RecordingClient();
    manager.attach(id, client, 0);
    ptys[0]!.emit('x'.repeat(OUTPUT_BATCH_MAX_BYTES));
    expect(client.frames.at(-1)!.length).toBe(OUTPUT_BATCH_MAX_BYTES);
  });

  it('writes input to the shell and flushes the echo that follows at once', () => {
    const { manager, ptys } = setup();
    const { id } = open(manager);
    const pty = ptys[0]!;
    const client = new RecordingClient();
    const attachment = manager.attach(id, client, 0)!;
    pty.emit('pending');
    attachment.write('l');
    expect(pty.written).toEqual(['l']);
    expect(client.text()).toBe('pending');
    pty.emit('l');
    expect(client.text()).toBe('pendingl');
  });

  it('resizes the PTY, and ignores a resize to the same size', () => {
    const { manager, ptys } = setup();
    const { id } = open(manager);
    const attachment = manager.attach(id, new RecordingClient(), 0)!;
    attachment.resize(100, 30);
    attachment.resize(100, 30);
    expect(ptys[0]!.resizes).toEqual([[100, 30]]);
    expect(manager.list()[0]).toMatchObject({ cols: 100, rows: 30 });
  });

  it('detach keeps the PTY running, and a reattach replays exactly the output that was missed', () => {
    const { manager, ptys } = setup();
    const { id } = open(manager);
    const pty = ptys[0]!;
    const phone = new RecordingClient();
    const attachment = manager.attach(id, phone, 0)!;
    pty.emit('before\r\n');
    vi.advanceTimersByTime(OUTPUT_BATCH_MS);
    const seen = phone.attachedOffset()! + Buffer.concat(phone.frames).length;
    attachment.detach();
    attachment.detach();
    expect(pty.kills).toBe(0);
    expect(manager.list()[0]).toMatchObject({ status: 'running', attached: false });
    pty.emit('while away\r\n');
    const again = new RecordingClient();
    manager.attach(id, again, seen);
    expect(again.attachedOffset()).toBe(seen);
    expect(again.text()).toBe('while away\r\n');
    expect(phone.text()).toBe('before\r\n');
  });

  it('ignores input and resize from an attachment after it detached', () => {
    const { manager, ptys } = setup();
    const { id } = open(manager);
    const attachment = manager.attach(id, new RecordingClient(), 0)!;
    attachment.detach();
    attachment.write('rm -rf /\r');
    attachment.resize(10, 10);
    expect(ptys[0]!.written).toEqual([]);
    expect(ptys[0]!.resizes).toEqual([]);
  });

  it('replays from the oldest byte held, marked truncated, when more than the ring buffer was missed', () => {
    const { manager, ptys } = setup();
    const { id } = open(manager);
    ptys[0]!.emit('x'.repeat(RING_BUFFER_BYTES + 10));
    const client = new RecordingClient();
    manager.attach(id, client, 0);
    expect(client.messages[0]).toMatchObject({ type: 'attached', offset: 10, truncated: true });
    expect(Buffer.concat(client.frames).length).toBe(RING_BUFFER_BYTES);
  });

  it('idle timeout ends only detached terminals, and counts from the detach', () => {
    const { manager, ptys } = setup();
    const watched = open(manager);
    const left = open(manager);
    const client = new RecordingClient();
    const attachment = manager.attach(watched.id, client, 0)!;
    vi.advanceTimersByTime(IDLE_MS - 1);
    expect(manager.list()).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(manager.list().map((t) => t.id)).toEqual([watched.id]);
    expect(ptys[1]!.kills).toBe(1);
    vi.advanceTimersByTime(IDLE_MS * 3);
    expect(ptys[0]!.kills).toBe(0);
    attachment.detach();
    vi.advanceTimersByTime(IDLE_MS - 1);
    expect(manager.list()).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(manager.list()).toEqual([]);
    expect(ptys[0]!.kills).toBe(1);
    expect(left.id).not.toBe(watched.id);
  });

  it('a reattach within the idle time cancels the timeout', () => {
    const { manager } = setup();
    const { id } = open(manager);
    vi.advanceTimersByTime(IDLE_MS - 1000);
    const attachment = manager.attach(id, new RecordingClient(), 0)!;
    vi.advanceTimersByTime(2000);
    attachment.detach();
    vi.advanceTimersByTime(IDLE_MS - 1000);
    expect(manager.list()).toHaveLength(1);
  });

  it('keeps an exited shell listed as exited and tells attached and later sockets its exit code', () => {
    const { manager, ptys } = setup();
    const { id } = open(manager);
    const client = new RecordingClient();
    manager.attach(id, client, 0);
    ptys[0]!.emit('bye\r\n');
    ptys[0]!.exit(3);
    expect(client.text()).toBe('bye\r\n');
    expect(client.messages.at(-1)).toEqual({ type: 'exit', exitCode: 3, signal: null });
    expect(manager.list()[0]).toMatchObject({ status: 'exited', exitCode: 3 });
    const later = new RecordingClient();
    manager.attach(id, later, 0);
    expect(later.text()).toBe('bye\r\n');
    expect(later.messages.at(-1)).toEqual({ type: 'exit', exitCode: 3, signal: null });
  });

  it('close kills the shell and closes its sockets; closing again says not found', () => {
    const { manager, ptys } = setup();
    const { id } = open(manager);
    const client = new RecordingClient();
    manager.attach(id, client, 0);
    expect(manager.close(id)).toEqual({ ok: true, value: null });
    expect(ptys[0]!.kills).toBe(1);
    expect(client.closed?.code).toBe(CLOSE_CODES.closed);
    expect(manager.close(id)).toMatchObject({ ok: false, problem: 'not_found' });
    expect(manager.attach(id, new RecordingClient(), 0)).toBeUndefined();
  });

  it('refuses more terminals than the cap with a message that says what to do', () => {
    const { manager } = setup(2);
    open(manager);
    const second = open(manager);
    const refused = manager.create();
    expect(refused).toMatchObject({ ok: false, problem: 'too_many', message: expect.stringMatching(/2 terminals are open.*Close one/) });
    manager.close(second.id);
    expect(manager.create().ok).toBe(true);
  });

  it('reports a shell that cannot start as unavailable', () => {
    const manager = new TerminalManager({ spawn: () => { throw new Error('no such folder'); }, idleMs: IDLE_MS, maxOpen: 8 });
    expect(manager.create()).toMatchObject({ ok: false, problem: 'unavailable', message: expect.stringMatching(/no such folder/) });
    expect(manager.list()).toEqual([]);
  });

  it('renames, and refuses to rename a terminal that does not exist', () => {
    const { manager } = setup();
    const { id } = open(manager);
    expect(manager.rename(id, 'build')).toMatchObject({ ok: true, value: { name: 'build' } });
    expect(manager.rename('nope-nope-nope-nope', 'x')).toMatchObject({ ok: false, problem: 'not_found' });
    expect(open(manager).name).toBe('Terminal 1');
  });

  it('types a requested command once the shell has started, without a newline', () => {
    const { manager, ptys } = setup();
    open(manager, { typeIn: 'hermes skills install foo' });
    expect(ptys[0]!.written).toEqual([]);
    ptys[0]!.emit('$ ');
    ptys[0]!.emit('more');
    expect(ptys[0]!.written).toEqual(['hermes skills install foo']);
  });

  it('closeAll ends every terminal (logout)', () => {
    const { manager, ptys } = setup();
    open(manager);
    open(manager);
    expect(manager.closeAll()).toBe(2);
    expect(manager.list()).toEqual([]);
    expect(ptys.map((p) => p.kills)).toEqual([1, 1]);
  });

  it('dispose is idempotent, ends everything with the shutdown code, cancels timers and refuses new terminals', () => {
    const { manager, ptys } = setup();
    const { id } = open(manager);
    const client = new RecordingClient();
    manager.attach(id, client, 0);
    ptys[0]!.emit('unsent');
    manager.dispose();
    manager.dispose();
    expect(client.text()).toBe('unsent');
    expect(client.closed?.code).toBe(CLOSE_CODES.shutdown);
    expect(ptys[0]!.kills).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
    expect(manager.create()).toMatchObject({ ok: false, problem: 'unavailable' });
    ptys[0]!.emit('after the end');
    ptys[0]!.exit(0);
    expect(client.text()).toBe('unsent');
  });
});
