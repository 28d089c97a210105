// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AttachmentTray } from '@/components/chat/attachments/attachment-tray';
import type { Attachment } from '@/components/chat/attachments/use-attachments';

afterEach(cleanup);

function attachment(n: number): Attachment {
  return { id: `id-${n}`, blob: new Blob(['j'], { type: 'image/jpeg' }), previewUrl: `blob:test/${n}`, width: 2048, height: 1536, name: `IMG_${n}.jpg` };
}

const base = { items: [], remove: vi.fn(), busy: false, errors: [], dismissError: vi.fn() };

describe('AttachmentTray', () => {
  it('renders nothing with nothing to show', () => {
    const { container } = render(<AttachmentTray {...base} />);
    expect(container.innerHTML).toBe('');
  });

  it('shows numbered thumbnails with labelled remove buttons', () => {
    const remove = vi.fn();
    render(<AttachmentTray {...base} items={[attachment(1), attachment(2)]} remove={remove} />);
    expect(screen.getByRole('img', { name: 'Photo 2' }).getAttribute('src')).toBe('blob:test/2');
    fireEvent.click(screen.getByRole('button', { name: 'Remove photo 2' }));
    expect(remove).toHaveBeenCalledWith('id-2');
  });

  it('moves focus to the next remove button after removing', () => {
    function Harness() {
      const [items, setItems] = useState([attachment(1), attachment(2), attachment(3)]);
      return <AttachmentTray {...base} items={items} remove={(id) => setItems((all) => all.filter((item) => item.id !== id))} />;
    }
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove photo 2' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove photo 2' }));
    expect(screen.getAllByRole('img').map((img) => img.getAttribute('src'))).toEqual(['blob:test/1', 'blob:test/3']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove photo 2' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove photo 1' }));
  });

  it('announces work in progress', () => {
    render(<AttachmentTray {...base} busy />);
    expect(screen.getByRole('status').textContent).toContain('Preparing photo');
  });

  it('shows errors as alerts that can be dismissed', () => {
    const dismissError = vi.fn();
    render(<AttachmentTray {...base} errors={['Could not read a.png as an image.', 'b.pdf is not an image']} dismissError={dismissError} />);
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual(['Could not read a.png as an image.', 'b.pdf is not an image']);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss: b.pdf is not an image' }));
    expect(dismissError).toHaveBeenCalledWith(1);
  });

  it('warns when the photos are too large to send together', () => {
    render(<AttachmentTray {...base} items={[attachment(1)]} overBudget totalBytes={11_200_000} />);
    expect(screen.getByRole('alert').textContent).toBe('These photos are too large to send together (11.2 MB of 9.5 MB). Remove one.');
  });

  it('shows a drop tile while files hover', () => {
    render(<AttachmentTray {...base} dragging />);
    expect(screen.getByText('Drop to attach')).toBeTruthy();
  });
});
