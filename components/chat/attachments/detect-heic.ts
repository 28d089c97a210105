const HEIC_MIME = /^image\/hei[cf](-sequence)?$/i;
const HEIC_NAME = /\.(heic|heif|hif)$/i;

/** ISO-BMFF brands that mean HEVC-coded HEIF, i.e. what iPhones produce. */
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'heif', 'mif1', 'msf1']);

/** AVIF shares the HEIF container and the generic `mif1` brand, but browsers can decode it. */
const AVIF_BRANDS = new Set(['avif', 'avis']);

/** True when the type or name says HEIC. Cheap, so callers can use it before reading bytes. */
export function hasHeicTypeOrName(file: File): boolean {
  return HEIC_MIME.test(file.type) || HEIC_NAME.test(file.name);
}

function ascii(bytes: Uint8Array, start: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + 4));
}

/**
 * Reads the `ftyp` box at the start of the file. Needed because Chrome often reports an empty
 * MIME type for .heic files, and pasted or renamed files may have no telling name.
 */
export function hasHeicBrand(head: Uint8Array): boolean {
  if (head.length < 12 || ascii(head, 4) !== 'ftyp') return false;
  const boxSize = ((head[0] ?? 0) << 24) | ((head[1] ?? 0) << 16) | ((head[2] ?? 0) << 8) | (head[3] ?? 0);
  const end = Math.min(head.length, boxSize > 0 ? boxSize : head.length);
  const major = ascii(head, 8);
  const compatible: string[] = [];
  for (let i = 16; i + 4 <= end; i += 4) compatible.push(ascii(head, i));
  if (compatible.some((brand) => AVIF_BRANDS.has(brand)) || AVIF_BRANDS.has(major)) return false;
  return HEIC_BRANDS.has(major) || compatible.some((brand) => HEIC_BRANDS.has(brand));
}

export async function isHeic(file: File): Promise<boolean> {
  if (hasHeicTypeOrName(file)) return true;
  const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
  return hasHeicBrand(head);
}
