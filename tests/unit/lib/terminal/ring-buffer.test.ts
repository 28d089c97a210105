import { describe, expect, it } from 'vitest';
import { RingBuffer } from '@/lib/terminal/ring-buffer';

const bytes = (s: string) => Buffer.from(s, 'utf8');

describe('RingBuffer', () => {
  it('returns everything written while under capacity, from offset 0', () => {
    const ring = new RingBuffer(16);
    ring.write(bytes('hello '));
    ring.write(bytes('world'));
    expect(ring.readFrom(0)).toEqual({ start: 0, data: bytes('hello world'), truncated: false });
    expect(ring.end).toBe(11);
    expect(ring.start).toBe(0);
  });

  it('replays only what came after a given offset', () => {
    const ring = new RingBuffer(16);
    ring.write(bytes('abc'));
    ring.write(bytes('def'));
    expect(ring.readFrom(3)).toEqual({ start: 3, data: bytes('def'), truncated: false });
    expect(ring.readFrom(6).data.length).toBe(0);
  });

  it('wraps around and keeps the newest bytes in order', () => {
    const ring = new RingBuffer(8);
    ring.write(bytes('0123456'));
    ring.write(bytes('789ab'));
    expect(ring.size).toBe(8);
    expect(ring.start).toBe(4);
    expect(ring.readFrom(4).data.toString()).toBe('456789ab');
    expect(ring.readFrom(9)).toEqual({ start: 9, data: bytes('9ab'), truncated: false });
  });

  it('never holds more than its capacity, however much is written', () => {
    const ring = new RingBuffer(1024);
    for (let i = 0; i < 500; i += 1) ring.write(bytes(`line ${i}\n`.padEnd(37, '.')));
    expect(ring.size).toBe(1024);
    expect(ring.readFrom(0).data.length).toBe(1024);
    expect(ring.end).toBe(500 * 37);
  });

  it('keeps the tail of a single write bigger than the whole buffer', () => {
    const ring = new RingBuffer(4);
    ring.write(bytes('ab'));
    ring.write(bytes('cdefghij'));
    expect(ring.readFrom(0)).toEqual({ start: 6, data: bytes('ghij'), truncated: true });
  });

  it('marks a replay truncated when the offset was overwritten, starting at the oldest byte', () => {
    const ring = new RingBuffer(4);
    ring.write(bytes('abcdef'));
    expect(ring.readFrom(1)).toEqual({ start: 2, data: bytes('cdef'), truncated: true });
  });

  it('does not begin a truncated replay in the middle of a UTF-8 character', () => {
    const ring = new RingBuffer(5);
    ring.write(bytes('ab中文')); // 2 + 3 + 3 bytes: the oldest kept byte is the middle of 中
    const slice = ring.readFrom(0);
    expect(slice.data.toString('utf8')).toBe('文');
    expect(slice.start).toBe(5);
    expect(slice.truncated).toBe(true);
  });

  it('clamps an offset past the end to an empty replay', () => {
    const ring = new RingBuffer(8);
    ring.write(bytes('abc'));
    expect(ring.readFrom(99)).toEqual({ start: 3, data: Buffer.alloc(0), truncated: false });
  });

  it('refuses a capacity that is not a positive integer', () => {
    expect(() => new RingBuffer(0)).toThrow(TypeError);
  });
});
