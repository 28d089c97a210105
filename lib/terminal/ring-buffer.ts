export interface RingSlice {
  /** Absolute offset of the first byte of `data`. */
  start: number;
  data: Buffer;
  /** True when bytes the caller asked for had already been overwritten. */
  truncated: boolean;
}

function isUtf8Continuation(byte: number | undefined): boolean {
  return byte !== undefined && (byte & 0xc0) === 0x80;
}

/**
 * Keeps the newest `capacityBytes` of a byte stream. Bytes are addressed by absolute offsets counted
 * from the first byte ever written, so a reader that remembers how far it got can resume exactly there.
 */
export class RingBuffer {
  private readonly store: Buffer;
  private written = 0;

  constructor(readonly capacityBytes: number) {
    if (!Number.isInteger(capacityBytes) || capacityBytes <= 0) throw new TypeError('capacityBytes must be a positive integer');
    this.store = Buffer.alloc(capacityBytes);
  }

  /** Offset one past the newest byte: how many bytes were ever written. */
  get end(): number {
    return this.written;
  }

  /** Offset of the oldest byte still held. */
  get start(): number {
    return Math.max(0, this.written - this.capacityBytes);
  }

  get size(): number {
    return this.written - this.start;
  }

  write(chunk: Uint8Array): void {
    const cap = this.capacityBytes;
    const kept = chunk.length > cap ? chunk.subarray(chunk.length - cap) : chunk;
    const at = (this.written + (chunk.length - kept.length)) % cap;
    const first = Math.min(cap - at, kept.length);
    this.store.set(kept.subarray(0, first), at);
    if (first < kept.length) this.store.set(kept.subarray(first), 0);
    this.written += chunk.length;
  }

  /**
   * Everything from `offset` to the end. An offset older than the buffer starts at the oldest byte,
   * moved forward past a split UTF-8 sequence so the replay never opens with a broken character.
   */
  readFrom(offset: number): RingSlice {
    const truncated = offset < this.start;
    let from = Math.min(Math.max(offset, this.start), this.end);
    if (truncated) {
      while (from < this.end && isUtf8Continuation(this.store[from % this.capacityBytes])) from += 1;
    }
    const length = this.end - from;
    const at = from % this.capacityBytes;
    const data =
      at + length <= this.capacityBytes
        ? Buffer.from(this.store.subarray(at, at + length))
        : Buffer.concat([this.store.subarray(at), this.store.subarray(0, length - (this.capacityBytes - at))]);
    return { start: from, data, truncated };
  }
}
