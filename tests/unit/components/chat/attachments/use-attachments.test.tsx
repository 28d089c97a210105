// @vitest-environment happy-dom
import { act, cleanup, render, renderHook, waitFor } from '@testing-library/react';
import { Activity } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ATTACHMENT_BUDGET_BYTES, estimateGatewayBytes } from '@/components/chat/attachments/budget';
import { downscaleImage } from '@/components/chat/attachments/downscale-image';
import { HEIC_MESSAGE } from '@/components/chat/attachments/prepare-photo';
import { useAttachments } from '@/components/chat/attachments/use-attachments';

// happy-dom has no canvas; the real pipeline runs in the lead's Chromium end-to-end test.
vi.mock('@/components/chat/attachments/downscale-image', () => ({ downscaleImage: vi.fn() }));

const downscale = vi.mocked(downscaleImage);
const HEIC_HEAD = new Uint8Array([0, 0, 0, 0x10, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63, 0, 0, 0, 0]);

function photo(name: string, bytes = 10): File {
  return new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' });
}

let urls: string[];
let revoked: string[];

beforeEach(() => {
  urls = [];
  revoked = [];
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
    n += 1;
    const url = `blob:test/${n}`;
    urls.push(url);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url: string) => {
    revoked.push(url);
  });
  // The "JPEG" is as big as the input, so tests can steer the budget with file sizes.
  downscale.mockReset();
  downscale.mockImplementation(async (file: Blob) => ({ blob: new Blob([new Uint8Array(file.size)], { type: 'image/jpeg' }), width: 2048, height: 1536 }));
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('useAttachments', () => {
  it('adds downscaled photos with previews, in order', async () => {
    const { result } = renderHook(() => useAttachments());
    await act(() => result.current.addFiles([photo('a.jpg'), photo('b.jpg')]));

    expect(result.current.items.map((item) => item.name)).toEqual(['a.jpg', 'b.jpg']);
    expect(result.current.items.map((item) => item.previewUrl)).toEqual(urls);
    expect(result.current.items[0]).toMatchObject({ width: 2048, height: 1536 });
    expect(result.current.items[0]?.blob.type).toBe('image/jpeg');
    expect(new Set(result.current.items.map((item) => item.id)).size).toBe(2);
    expect(result.current.busy).toBe(false);
    expect(result.current.errors).toEqual([]);
  });

  it('is busy while downscaling, one photo at a time', async () => {
    let release: () => void = () => undefined;
    let running = 0;
    let maxRunning = 0;
    downscale.mockImplementation(async () => {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      running -= 1;
      return { blob: new Blob(['j'], { type: 'image/jpeg' }), width: 1, height: 1 };
    });
    const { result } = renderHook(() => useAttachments());
    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = result.current.addFiles([photo('a.jpg'), photo('b.jpg')]);
    });
    await waitFor(() => expect(result.current.busy).toBe(true));
    await act(async () => release());
    await waitFor(() => expect(result.current.items).toHaveLength(1));
    expect(result.current.busy).toBe(true);
    await act(async () => {
      release();
      await done;
    });
    expect(result.current.items).toHaveLength(2);
    expect(result.current.busy).toBe(false);
    expect(maxRunning).toBe(1);
  });

  it('removes one photo and revokes its URL', async () => {
    const { result } = renderHook(() => useAttachments());
    await act(() => result.current.addFiles([photo('a.jpg'), photo('b.jpg')]));
    const [first, second] = result.current.items;

    act(() => result.current.remove(first?.id ?? ''));
    expect(result.current.items).toEqual([second]);
    expect(revoked).toEqual([first?.previewUrl]);

    act(() => result.current.remove('no-such-id'));
    expect(result.current.items).toHaveLength(1);
  });

  it('caps a message at 8 photos and says how many were left out', async () => {
    const { result } = renderHook(() => useAttachments());
    await act(() => result.current.addFiles(Array.from({ length: 6 }, (_, i) => photo(`${i}.jpg`))));
    await act(() => result.current.addFiles(Array.from({ length: 4 }, (_, i) => photo(`more-${i}.jpg`))));

    expect(result.current.items).toHaveLength(8);
    expect(result.current.items.at(-1)?.name).toBe('more-1.jpg');
    expect(result.current.errors).toEqual(['You can attach up to 8 photos per message. 2 photos were left out.']);
    expect(downscale).toHaveBeenCalledTimes(8);
  });

  it('counts photos still being prepared against the cap', async () => {
    const { result } = renderHook(() => useAttachments({ max: 2 }));
    await act(async () => {
      await Promise.all([result.current.addFiles([photo('a.jpg'), photo('b.jpg')]), result.current.addFiles([photo('c.jpg')])]);
    });
    expect(result.current.items.map((item) => item.name)).toEqual(['a.jpg', 'b.jpg']);
    expect(result.current.errors).toEqual(['You can attach up to 2 photos per message. 1 photo was left out.']);
  });

  it('reports non-images without spending a slot, and decode failures by name', async () => {
    downscale.mockImplementation(async (file: Blob) => {
      if (file.size === 3) throw new Error('cannot decode');
      return { blob: new Blob(['j'], { type: 'image/jpeg' }), width: 1, height: 1 };
    });
    const { result } = renderHook(() => useAttachments({ max: 1 }));
    await act(() =>
      result.current.addFiles([new File(['%PDF'], 'notes.pdf', { type: 'application/pdf' }), new File([new Uint8Array(3)], 'broken.png', { type: 'image/png' })]),
    );
    expect(result.current.items).toEqual([]);
    expect(result.current.errors).toEqual(['notes.pdf is not an image, so it was not attached.', 'Could not read broken.png as an image.']);

    await act(() => result.current.addFiles([photo('ok.jpg')]));
    expect(result.current.items).toHaveLength(1);
  });

  it('explains HEIC the browser could not decode', async () => {
    downscale.mockRejectedValue(new DOMException('The source image could not be decoded.', 'InvalidStateError'));
    const { result } = renderHook(() => useAttachments());
    await act(() => result.current.addFiles([new File([HEIC_HEAD], 'IMG_4242.HEIC', { type: '' })]));
    expect(result.current.errors).toEqual([HEIC_MESSAGE]);
    expect(result.current.items).toEqual([]);
  });

  it('dismisses one error by index', async () => {
    const { result } = renderHook(() => useAttachments());
    await act(() => result.current.addFiles([new File([''], 'a.pdf', { type: 'application/pdf' }), new File([''], 'b.txt', { type: 'text/plain' })]));
    act(() => result.current.dismissError(0));
    expect(result.current.errors).toEqual(['b.txt is not an image, so it was not attached.']);
  });

  it('estimates the request size and flags going over budget', async () => {
    const { result, rerender } = renderHook(({ textLength }) => useAttachments({ textLength }), { initialProps: { textLength: 0 } });
    expect(result.current.totalBytes).toBe(0);

    await act(() => result.current.addFiles([photo('a.jpg', 600_000)]));
    expect(result.current.totalBytes).toBe(estimateGatewayBytes([600_000], 0));
    expect(result.current.overBudget).toBe(false);

    rerender({ textLength: 1000 });
    expect(result.current.totalBytes).toBe(estimateGatewayBytes([600_000], 1000));

    await act(() => result.current.addFiles(Array.from({ length: 7 }, (_, i) => photo(`${i}.jpg`, 1_200_000))));
    expect(result.current.totalBytes).toBeGreaterThan(ATTACHMENT_BUDGET_BYTES);
    expect(result.current.overBudget).toBe(true);

    act(() => result.current.remove(result.current.items[1]?.id ?? ''));
    act(() => result.current.remove(result.current.items[1]?.id ?? ''));
    expect(result.current.overBudget).toBe(false);
  });

  it('clears photos and errors, revoking every URL', async () => {
    const { result } = renderHook(() => useAttachments());
    await act(() => result.current.addFiles([photo('a.jpg'), photo('b.jpg'), new File([''], 'x.pdf', { type: 'application/pdf' })]));
    act(() => result.current.clear());
    expect(result.current.items).toEqual([]);
    expect(result.current.errors).toEqual([]);
    expect(revoked.sort()).toEqual([...urls].sort());
  });

  it('drops photos that finish preparing after clear', async () => {
    let release: () => void = () => undefined;
    downscale.mockImplementation(async () => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return { blob: new Blob(['j'], { type: 'image/jpeg' }), width: 1, height: 1 };
    });
    const { result } = renderHook(() => useAttachments());
    let done: Promise<void> = Promise.resolve();
    act(() => {
      done = result.current.addFiles([photo('a.jpg'), photo('b.jpg')]);
    });
    await waitFor(() => expect(downscale).toHaveBeenCalledTimes(1));
    act(() => result.current.clear());
    await act(async () => {
      release();
      await done;
    });
    expect(result.current.items).toEqual([]);
    expect(result.current.busy).toBe(false);
    expect(downscale).toHaveBeenCalledTimes(1);
    expect(urls).toEqual([]);
  });

  it('revokes every URL on unmount', async () => {
    const { result, unmount } = renderHook(() => useAttachments());
    await act(() => result.current.addFiles([photo('a.jpg'), photo('b.jpg'), photo('c.jpg')]));
    expect(urls).toHaveLength(3);
    unmount();
    expect(revoked.sort()).toEqual([...urls].sort());
  });

  it('mints fresh previews when <Activity> hides and shows the screen with its state kept', async () => {
    let state: ReturnType<typeof useAttachments> | null = null;
    function Probe() {
      state = useAttachments();
      return null;
    }
    const view = render(
      <Activity mode="visible">
        <Probe />
      </Activity>,
    );
    await act(() => state!.addFiles([photo('a.jpg')]));
    const before = state!.items[0]?.previewUrl ?? '';

    view.rerender(
      <Activity mode="hidden">
        <Probe />
      </Activity>,
    );
    expect(revoked).toEqual([before]);

    view.rerender(
      <Activity mode="visible">
        <Probe />
      </Activity>,
    );
    const after = state!.items[0]?.previewUrl ?? '';
    expect(after).not.toBe(before);
    expect(urls).toContain(after);
    expect(revoked).not.toContain(after);
  });
});
