import { afterEach, describe, expect, it, vi } from 'vitest';
import { downscaleImage, fitWithin } from '@/components/chat/attachments/downscale-image';

describe('fitWithin', () => {
  it('shrinks landscape to the long edge', () => {
    expect(fitWithin(4000, 3000, 2048)).toEqual({ width: 2048, height: 1536 });
  });

  it('shrinks portrait to the long edge', () => {
    expect(fitWithin(3024, 4032, 2048)).toEqual({ width: 1536, height: 2048 });
  });

  it('never upscales a small image', () => {
    expect(fitWithin(800, 600, 2048)).toEqual({ width: 800, height: 600 });
  });

  it('leaves an image exactly at the edge alone', () => {
    expect(fitWithin(2048, 1000, 2048)).toEqual({ width: 2048, height: 1000 });
    expect(fitWithin(2048, 2048, 2048)).toEqual({ width: 2048, height: 2048 });
  });

  it('pins the long edge and keeps extreme panoramas at least 1 px tall', () => {
    expect(fitWithin(2049, 1, 2048)).toEqual({ width: 2048, height: 1 });
    expect(fitWithin(100_000, 10, 2048)).toEqual({ width: 2048, height: 1 });
    const odd = fitWithin(6001, 4001, 2048);
    expect(odd.width).toBe(2048);
    expect(odd.height).toBe(Math.round((4001 * 2048) / 6001));
  });

  it('shrinks squares on both edges', () => {
    expect(fitWithin(4096, 4096, 2048)).toEqual({ width: 2048, height: 2048 });
  });
});

/** Just enough of the canvas API to check what downscaleImage asks of it. */
function installFakeCanvas(source: { width: number; height: number }) {
  const calls: string[] = [];
  const bitmap = { ...source, close: vi.fn() };
  const createImageBitmap = vi.fn(async () => bitmap);
  let canvasSize: [number, number] = [0, 0];
  const ctx = {
    fillStyle: '',
    imageSmoothingEnabled: false,
    imageSmoothingQuality: 'low',
    fillRect: vi.fn((...args: number[]) => calls.push(`fillRect ${args.join(',')} ${ctx.fillStyle}`)),
    drawImage: vi.fn((_img: unknown, ...args: number[]) => calls.push(`drawImage ${args.join(',')}`)),
  };
  const convertToBlob = vi.fn(async (options: { type: string; quality: number }) => new Blob(['jpeg'], { type: options.type }));
  class FakeOffscreenCanvas {
    constructor(width: number, height: number) {
      canvasSize = [width, height];
    }
    getContext() {
      return ctx;
    }
    convertToBlob = convertToBlob;
  }
  vi.stubGlobal('createImageBitmap', createImageBitmap);
  vi.stubGlobal('OffscreenCanvas', FakeOffscreenCanvas);
  return { calls, bitmap, createImageBitmap, convertToBlob, ctx, size: () => canvasSize };
}

describe('downscaleImage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('decodes with EXIF orientation, paints white under the photo and encodes JPEG 0.85', async () => {
    const fake = installFakeCanvas({ width: 4000, height: 3000 });
    const file = new Blob(['x'], { type: 'image/png' });
    const result = await downscaleImage(file);

    expect(fake.createImageBitmap).toHaveBeenCalledWith(file, { imageOrientation: 'from-image' });
    expect(fake.size()).toEqual([2048, 1536]);
    expect(fake.calls).toEqual(['fillRect 0,0,2048,1536 #ffffff', 'drawImage 0,0,2048,1536']);
    expect(fake.ctx.imageSmoothingQuality).toBe('high');
    expect(fake.convertToBlob).toHaveBeenCalledWith({ type: 'image/jpeg', quality: 0.85 });
    expect(result).toMatchObject({ width: 2048, height: 1536 });
    expect(result.blob.type).toBe('image/jpeg');
    expect(fake.bitmap.close).toHaveBeenCalled();
  });

  it('re-encodes small images at their own size', async () => {
    const fake = installFakeCanvas({ width: 640, height: 480 });
    const result = await downscaleImage(new Blob(['x']), 2048, 0.7);
    expect(fake.size()).toEqual([640, 480]);
    expect(fake.convertToBlob).toHaveBeenCalledWith({ type: 'image/jpeg', quality: 0.7 });
    expect(result).toMatchObject({ width: 640, height: 480 });
  });

  it('releases the bitmap when encoding fails', async () => {
    const fake = installFakeCanvas({ width: 10, height: 10 });
    fake.convertToBlob.mockRejectedValueOnce(new Error('encoder gone'));
    await expect(downscaleImage(new Blob(['x']))).rejects.toThrow('encoder gone');
    expect(fake.bitmap.close).toHaveBeenCalled();
  });

  it('rejects when the browser cannot decode the file and has no <img> fallback', async () => {
    vi.stubGlobal('createImageBitmap', vi.fn(async () => Promise.reject(new DOMException('bad', 'InvalidStateError'))));
    await expect(downscaleImage(new Blob(['not an image']))).rejects.toThrow();
  });
});
