/** Width and height from a JPEG's first start-of-frame marker; enough to check a downscale. */
export function jpegSize(data: Buffer): { width: number; height: number } {
  if (data[0] !== 0xff || data[1] !== 0xd8) throw new Error('not a JPEG');
  let offset = 2;
  while (offset < data.length) {
    if (data[offset] !== 0xff) throw new Error(`bad marker at ${offset}`);
    const marker = data[offset + 1] ?? 0;
    const length = data.readUInt16BE(offset + 2);
    const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isStartOfFrame) return { height: data.readUInt16BE(offset + 5), width: data.readUInt16BE(offset + 7) };
    offset += 2 + length;
  }
  throw new Error('no frame header');
}

/** True when the JPEG carries an EXIF (APP1 "Exif") segment. */
export function hasExif(data: Buffer): boolean {
  let offset = 2;
  while (offset < data.length && data[offset] === 0xff) {
    const marker = data[offset + 1] ?? 0;
    if (marker === 0xda) return false;
    const length = data.readUInt16BE(offset + 2);
    if (marker === 0xe1 && data.subarray(offset + 4, offset + 8).toString('latin1') === 'Exif') return true;
    offset += 2 + length;
  }
  return false;
}
