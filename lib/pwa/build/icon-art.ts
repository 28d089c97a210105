/**
 * Paddock's icon, drawn without any image library: a white "P" on the accent green, as signed
 * distances sampled per pixel (so edges are anti-aliased at every size). The same art makes the
 * `any` icons (rounded square, transparent corners), the maskable ones (full bleed, the letter
 * inside the central safe circle) and the iOS one (full bleed, iOS rounds it).
 */
export type IconStyle = 'rounded' | 'maskable' | 'full-bleed';

const ACCENT = [0x2f, 0x6b, 0x4f] as const;
const INK = [0xff, 0xff, 0xff] as const;

/** The letter's stroke width and bowl, in units of its height (0 = top, 1 = bottom). */
const STROKE = 0.18;
const BOWL_BOTTOM = 0.6;
const GLYPH_WIDTH = 0.68;

function clamp01(v: number): number {
  return Math.min(1, Math.max(0, v));
}

function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = clamp01(((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function boxDistance(px: number, py: number, x0: number, y0: number, x1: number, y1: number, radius: number): number {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(px - cx) - ((x1 - x0) / 2 - radius);
  const qy = Math.abs(py - cy) - ((y1 - y0) / 2 - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** Signed distance to the "P" in glyph units: negative inside. */
function glyphDistance(x: number, y: number): number {
  const half = STROKE / 2;
  const stem = boxDistance(x, y, 0, 0, STROKE, 1, 0);
  const top = half;
  const bottom = BOWL_BOTTOM - half;
  const r = (bottom - top) / 2;
  const cx = GLYPH_WIDTH - half - r;
  const cy = (top + bottom) / 2;
  const arc = x >= cx ? Math.abs(Math.hypot(x - cx, y - cy) - r) : Number.POSITIVE_INFINITY;
  const bowl = Math.min(segmentDistance(x, y, half, top, cx, top), segmentDistance(x, y, half, bottom, cx, bottom), arc) - half;
  return Math.min(stem, bowl);
}

/** RGBA pixels of the icon at `size` × `size`. */
export function drawIcon(size: number, style: IconStyle): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  // The letter's height as a share of the icon: smaller for maskable so any mask shape keeps it whole.
  const glyphHeight = size * (style === 'maskable' ? 0.46 : 0.56);
  const left = (size - glyphHeight * GLYPH_WIDTH) / 2;
  const top = (size - glyphHeight) / 2;
  const corner = style === 'rounded' ? size * 0.22 : 0;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const x = px + 0.5;
      const y = py + 0.5;
      const background = style === 'rounded' ? clamp01(0.5 - boxDistance(x, y, 0, 0, size, size, corner)) : 1;
      const letter = clamp01(0.5 - glyphDistance((x - left) / glyphHeight, (y - top) / glyphHeight) * glyphHeight);
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[i + c] = Math.round((ACCENT[c] ?? 0) * (1 - letter) + (INK[c] ?? 0) * letter);
      pixels[i + 3] = Math.round(background * 255);
    }
  }
  return pixels;
}
