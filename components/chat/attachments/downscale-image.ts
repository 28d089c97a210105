/** Long edge we send. Vision models tile or shrink anything larger, so more pixels only cost bytes. */
export const MAX_EDGE = 2048;
export const JPEG_QUALITY = 0.85;

export interface DownscaledImage {
  blob: Blob;
  width: number;
  height: number;
}

/** Scales to fit `maxEdge` on the long edge, keeping the aspect ratio. Never upscales. */
export function fitWithin(width: number, height: number, maxEdge: number): { width: number; height: number } {
  const longEdge = Math.max(width, height);
  if (longEdge <= maxEdge) return { width, height };
  const scale = maxEdge / longEdge;
  // Pin the long edge exactly: width * scale can land a hair under maxEdge in floating point.
  return width >= height
    ? { width: maxEdge, height: Math.max(1, Math.round(height * scale)) }
    : { width: Math.max(1, Math.round(width * scale)), height: maxEdge };
}

interface Decoded {
  source: CanvasImageSource;
  width: number;
  height: number;
  release(): void;
}

async function decodeWithBitmap(file: Blob): Promise<Decoded> {
  // 'from-image' applies the EXIF rotation now, because re-encoding drops the EXIF tag that said so.
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  return { source: bitmap, width: bitmap.width, height: bitmap.height, release: () => bitmap.close() };
}

/** For browsers without createImageBitmap on blobs, or that reject the orientation option. */
async function decodeWithImg(file: Blob): Promise<Decoded> {
  const url = URL.createObjectURL(file);
  const img = new Image();
  img.src = url;
  try {
    await img.decode();
  } catch (error) {
    URL.revokeObjectURL(url);
    throw error;
  }
  return { source: img, width: img.naturalWidth, height: img.naturalHeight, release: () => URL.revokeObjectURL(url) };
}

async function decode(file: Blob): Promise<Decoded> {
  if (typeof createImageBitmap !== 'function') return decodeWithImg(file);
  try {
    return await decodeWithBitmap(file);
  } catch (error) {
    // Older engines reject the option itself with a TypeError; an undecodable file fails both ways.
    if (typeof Image !== 'function') throw error;
    return decodeWithImg(file);
  }
}

function paint(ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, source: CanvasImageSource, width: number, height: number) {
  // JPEG has no alpha: transparent PNG pixels would otherwise come out black.
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, 0, 0, width, height);
}

async function encode(source: CanvasImageSource, width: number, height: number, quality: number): Promise<Blob> {
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (ctx) {
      paint(ctx, source, width, height);
      return canvas.convertToBlob({ type: 'image/jpeg', quality });
    }
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas available to re-encode the photo');
  paint(ctx, source, width, height);
  try {
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas could not encode a JPEG'))), 'image/jpeg', quality);
    });
  } finally {
    // iOS Safari caps total canvas memory and frees it late; zero-sizing releases it now.
    canvas.width = 0;
    canvas.height = 0;
  }
}

/**
 * Decodes, shrinks to `maxEdge` and re-encodes as JPEG. Re-encoding also drops EXIF, GPS
 * included, which is the point: photos leave the phone without the place they were taken.
 * Animated GIFs keep their first frame only.
 */
export async function downscaleImage(file: Blob, maxEdge = MAX_EDGE, quality = JPEG_QUALITY): Promise<DownscaledImage> {
  const decoded = await decode(file);
  try {
    if (decoded.width === 0 || decoded.height === 0) throw new Error('The image has no pixels');
    const { width, height } = fitWithin(decoded.width, decoded.height, maxEdge);
    const blob = await encode(decoded.source, width, height, quality);
    return { blob, width, height };
  } finally {
    decoded.release();
  }
}
