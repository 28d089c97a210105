import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@/lib/http/app-error';

const saved: Buffer[] = [];
vi.mock('@/lib/store/uploads', () => ({
  MAX_UPLOAD_BYTES: 8_000_000,
  saveUpload: (data: Buffer) => {
    if (data.toString() === 'bad') throw new AppError('bad_request', 'That file is not a JPEG, PNG, WebP or GIF image.');
    saved.push(data);
    return { id: `id-${saved.length}`, mime: 'image/jpeg', bytes: data.length };
  },
}));

const { chatLocationWithPhotos, MAX_SHARED_PHOTOS, storeSharedPhotos } = await import('@/lib/pwa/shared-photos');

function form(...files: string[]): FormData {
  const data = new FormData();
  files.forEach((content, i) => data.append('photos', new Blob([content], { type: 'image/jpeg' }), `p${i}.jpg`));
  return data;
}

beforeEach(() => {
  saved.length = 0;
});

describe('storeSharedPhotos', () => {
  it('stores each photo and points to a new chat with all of them', async () => {
    const result = await storeSharedPhotos(form('a', 'b'));
    expect(result).toEqual({ photoIds: ['id-1', 'id-2'], skipped: [], location: '/chat?photo=id-1&photo=id-2' });
  });

  it('skips files that are not images, naming them, and keeps the rest', async () => {
    const result = await storeSharedPhotos(form('a', 'bad'));
    expect(result.photoIds).toEqual(['id-1']);
    expect(result.skipped).toEqual([{ name: 'p1.jpg', reason: 'That file is not a JPEG, PNG, WebP or GIF image.' }]);
  });

  it('keeps at most one message worth of photos', async () => {
    const result = await storeSharedPhotos(form(...Array.from({ length: MAX_SHARED_PHOTOS + 1 }, (_, i) => `photo ${i}`)));
    expect(result.photoIds).toHaveLength(MAX_SHARED_PHOTOS);
    expect(result.skipped).toEqual([{ name: `p${MAX_SHARED_PHOTOS}.jpg`, reason: `Only ${MAX_SHARED_PHOTOS} photos fit in one message.` }]);
  });

  it('refuses a share without a usable photo', async () => {
    await expect(storeSharedPhotos(new FormData())).rejects.toMatchObject({ code: 'bad_request' });
    await expect(storeSharedPhotos(form('bad'))).rejects.toThrow(/not a JPEG/);
    const textOnly = new FormData();
    textOnly.append('photos', 'just text');
    await expect(storeSharedPhotos(textOnly)).rejects.toMatchObject({ code: 'bad_request' });
  });

  it('builds the chat address the chat screen reads', () => {
    expect(chatLocationWithPhotos(['a'])).toBe('/chat?photo=a');
  });
});
