// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCEPTED_IMAGE_TYPES, AttachButtons } from '@/components/chat/attachments/attach-buttons';

afterEach(cleanup);

function input(kind: 'camera' | 'library'): HTMLInputElement {
  const element = document.querySelector<HTMLInputElement>(`input[data-attach-input="${kind}"]`);
  if (!element) throw new Error(`no ${kind} input`);
  return element;
}

describe('AttachButtons', () => {
  it('has a camera input and a multi-select library input, both images only', () => {
    render(<AttachButtons onFiles={vi.fn()} />);
    expect(ACCEPTED_IMAGE_TYPES).toBe('image/jpeg,image/png,image/webp,image/gif');
    expect(input('camera').getAttribute('capture')).toBe('environment');
    expect(input('library').hasAttribute('capture')).toBe(false);
    expect(input('library').multiple).toBe(true);
    for (const kind of ['camera', 'library'] as const) {
      expect(input(kind).type).toBe('file');
      expect(input(kind).accept).toBe(ACCEPTED_IMAGE_TYPES);
      expect(input(kind).hidden).toBe(true);
    }
  });

  it('opens the matching input from each button', () => {
    render(<AttachButtons onFiles={vi.fn()} />);
    const camera = vi.spyOn(input('camera'), 'click');
    const library = vi.spyOn(input('library'), 'click');
    fireEvent.click(screen.getByRole('button', { name: 'Take photo' }));
    expect(camera).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Choose photos' }));
    expect(library).toHaveBeenCalledTimes(1);
  });

  it('hands picked files over as an array', () => {
    const onFiles = vi.fn();
    render(<AttachButtons onFiles={onFiles} />);
    const files = [new File(['a'], 'a.jpg', { type: 'image/jpeg' }), new File(['b'], 'b.png', { type: 'image/png' })];
    fireEvent.change(input('library'), { target: { files } });
    expect(onFiles).toHaveBeenCalledWith(files);
  });

  it('disables both buttons', () => {
    render(<AttachButtons onFiles={vi.fn()} disabled />);
    expect(screen.getByRole('button', { name: 'Take photo' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Choose photos' }).hasAttribute('disabled')).toBe(true);
  });

  it('hides the camera button for mouse users unless asked not to', () => {
    const { rerender } = render(<AttachButtons onFiles={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Take photo' }).className).toContain('pointer-fine:hidden');
    rerender(<AttachButtons onFiles={vi.fn()} cameraOnTouchOnly={false} />);
    expect(screen.getByRole('button', { name: 'Take photo' }).className).not.toContain('pointer-fine:hidden');
  });
});
