import { beforeEach, describe, expect, it, vi } from 'vitest';
import { downscaleImage } from '@/components/chat/attachments/downscale-image';
import { HEIC_MESSAGE, preparePhoto, rejectNonImage, tooManyMessage } from '@/components/chat/attachments/prepare-photo';

vi.mock('@/components/chat/attachments/downscale-image', () => ({ downscaleImage: vi.fn() }));

const HEIC_HEAD = new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63, 0, 0, 0, 0, 0x6d, 0x69, 0x66, 0x31]);
const downscale = vi.mocked(downscaleImage);

describe('preparePhoto', () => {
  beforeEach(() => {
    downscale.mockReset();
  });

  it('returns the downscaled image', async () => {
    const image = { blob: new Blob(['j'], { type: 'image/jpeg' }), width: 2048, height: 1536 };
    downscale.mockResolvedValue(image);
    expect(await preparePhoto(new File(['x'], 'a.jpg', { type: 'image/jpeg' }))).toEqual({ ok: true, image });
  });

  it('explains HEIC that Chrome hands over undecoded, even with no type or telling name', async () => {
    downscale.mockRejectedValue(new DOMException('The source image could not be decoded.', 'InvalidStateError'));
    expect(await preparePhoto(new File([HEIC_HEAD], 'IMG_0001.HEIC', { type: '' }))).toEqual({ ok: false, message: HEIC_MESSAGE });
    expect(await preparePhoto(new File([HEIC_HEAD], 'pasted', { type: '' }))).toEqual({ ok: false, message: HEIC_MESSAGE });
  });

  it('names a file that fails to decode', async () => {
    downscale.mockRejectedValue(new Error('decode failed'));
    expect(await preparePhoto(new File(['garbage'], 'broken.png', { type: 'image/png' }))).toEqual({
      ok: false,
      message: 'Could not read broken.png as an image.',
    });
  });
});

describe('rejectNonImage', () => {
  it('lets images, HEIC by name and untyped files through to decoding', () => {
    expect(rejectNonImage(new File([''], 'a.webp', { type: 'image/webp' }))).toBeNull();
    expect(rejectNonImage(new File([''], 'a.heic', { type: 'application/x-unknown' }))).toBeNull();
    expect(rejectNonImage(new File([''], 'a', { type: '' }))).toBeNull();
  });

  it('refuses other files by name', () => {
    expect(rejectNonImage(new File([''], 'report.pdf', { type: 'application/pdf' }))).toBe('report.pdf is not an image, so it was not attached.');
  });

  it('counts left-out photos in the limit message', () => {
    expect(tooManyMessage(8, 1)).toBe('You can attach up to 8 photos per message. 1 photo was left out.');
    expect(tooManyMessage(8, 3)).toBe('You can attach up to 8 photos per message. 3 photos were left out.');
  });
});
