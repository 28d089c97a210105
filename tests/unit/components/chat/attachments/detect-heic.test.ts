import { describe, expect, it } from 'vitest';
import { hasHeicBrand, isHeic } from '@/components/chat/attachments/detect-heic';

/** An ISO-BMFF `ftyp` box: size, 'ftyp', major brand, minor version, compatible brands. */
function ftyp(major: string, compatible: string[] = []): Uint8Array<ArrayBuffer> {
  const size = 16 + 4 * compatible.length;
  const bytes = new Uint8Array(size + 8);
  new DataView(bytes.buffer).setUint32(0, size);
  const ascii = (text: string, at: number) => bytes.set([...text].map((c) => c.charCodeAt(0)), at);
  ascii('ftyp', 4);
  ascii(major, 8);
  compatible.forEach((brand, i) => ascii(brand, 16 + 4 * i));
  ascii('meta', size + 4);
  return bytes;
}

const JPEG_HEAD = new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0, 0x10, 0x45, 0x78, 0x69, 0x66, 0, 0, 0, 0, 0, 0]);
const PNG_HEAD = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

describe('isHeic', () => {
  it.each(['heic', 'heix', 'hevc', 'heif', 'mif1'])('recognises the %s brand with no type and a neutral name', async (brand) => {
    expect(await isHeic(new File([ftyp(brand)], 'pasted', { type: '' }))).toBe(true);
  });

  it('recognises HEIC listed only among the compatible brands', () => {
    expect(hasHeicBrand(ftyp('isom', ['mif1', 'heic']))).toBe(true);
  });

  it('does not mistake AVIF, which shares the container, for HEIC', async () => {
    expect(await isHeic(new File([ftyp('avif', ['mif1', 'miaf'])], 'a', { type: '' }))).toBe(false);
    expect(await isHeic(new File([ftyp('mif1', ['avif', 'miaf'])], 'a', { type: '' }))).toBe(false);
  });

  it('does not mistake an MP4 video for HEIC', async () => {
    expect(await isHeic(new File([ftyp('isom', ['iso2', 'mp41'])], 'clip', { type: '' }))).toBe(false);
  });

  it('rejects JPEG, PNG, empty and tiny files', async () => {
    expect(await isHeic(new File([JPEG_HEAD], 'photo.jpg', { type: 'image/jpeg' }))).toBe(false);
    expect(await isHeic(new File([PNG_HEAD], 'shot.png', { type: 'image/png' }))).toBe(false);
    expect(await isHeic(new File([], 'empty', { type: '' }))).toBe(false);
    expect(await isHeic(new File([new Uint8Array([0, 0, 0, 8, 0x66, 0x74])], 'x', { type: '' }))).toBe(false);
  });

  it.each(['IMG_0001.HEIC', 'scan.heif', 'frame.hif'])('trusts the name %s', async (name) => {
    expect(await isHeic(new File([JPEG_HEAD], name, { type: '' }))).toBe(true);
  });

  it.each(['image/heic', 'image/heif', 'image/HEIC', 'image/heic-sequence'])('trusts the type %s', async (type) => {
    expect(await isHeic(new File([JPEG_HEAD], 'photo', { type }))).toBe(true);
  });

  it('ignores names that merely contain heic', async () => {
    expect(await isHeic(new File([JPEG_HEAD], 'heic-export.jpg', { type: 'image/jpeg' }))).toBe(false);
  });
});
