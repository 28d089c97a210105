import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawIcon } from '@/lib/pwa/build/icon-art';
import { crc32, encodePng, pngSize } from '@/lib/pwa/build/png';

function chunks(png: Buffer): { type: string; data: Buffer; crc: number }[] {
  const out = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    out.push({ type, data: png.subarray(at + 8, at + 8 + length), crc: png.readUInt32BE(at + 8 + length) });
    at += 12 + length;
  }
  return out;
}

describe('encodePng', () => {
  it('matches the CRC-32 check value', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('writes IHDR, IDAT and IEND with valid CRCs, and the pixels come back out', () => {
    const rgba = Uint8Array.from([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 0, 10, 20, 30, 40]);
    const png = encodePng(2, 2, rgba);
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    for (const part of parts) expect(crc32(Buffer.concat([Buffer.from(part.type, 'latin1'), part.data]))).toBe(part.crc);
    expect(pngSize(png)).toEqual({ width: 2, height: 2 });
    const rows = zlib.inflateSync(parts[1]?.data ?? Buffer.alloc(0));
    expect([...rows]).toEqual([0, ...rgba.subarray(0, 8), 0, ...rgba.subarray(8)]);
  });

  it('refuses pixel data of the wrong length, and bytes that are not a PNG', () => {
    expect(() => encodePng(2, 2, new Uint8Array(3))).toThrow(RangeError);
    expect(() => pngSize(Buffer.from('GIF89a........................'))).toThrow(/Not a PNG/);
  });
});

describe('drawIcon', () => {
  const pixel = (rgba: Uint8Array, size: number, x: number, y: number) => [...rgba.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];

  it('rounds the corners of the `any` icon and keeps the maskable one opaque to the edge', () => {
    expect(pixel(drawIcon(192, 'rounded'), 192, 0, 0)[3]).toBe(0);
    expect(pixel(drawIcon(192, 'maskable'), 192, 0, 0)[3]).toBe(255);
    expect(pixel(drawIcon(180, 'full-bleed'), 180, 0, 0)[3]).toBe(255);
  });

  it('keeps the maskable letter inside the central safe circle (radius 40 %)', () => {
    const size = 192;
    const rgba = drawIcon(size, 'maskable');
    let letterPixels = 0;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const [r] = pixel(rgba, size, x, y);
        if ((r ?? 0) > 0x80) {
          letterPixels += 1;
          expect(Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2)).toBeLessThan(size * 0.4);
        }
      }
    }
    expect(letterPixels).toBeGreaterThan(size * size * 0.05);
  });
});
