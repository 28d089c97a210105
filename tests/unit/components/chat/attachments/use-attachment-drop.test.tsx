// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { filesFrom, useAttachmentDrop } from '@/components/chat/attachments/use-attachment-drop';

/** Shaped like a browser's DataTransfer: 'Files' in types, unlike happy-dom's own. */
function transfer(files: File[], text?: string): DataTransfer {
  const types = [...(files.length > 0 ? ['Files'] : []), ...(text === undefined ? [] : ['text/plain'])];
  return { types, files, items: files.map((file) => ({ kind: 'file', type: file.type, getAsFile: () => file })), dropEffect: 'none' } as unknown as DataTransfer;
}

function fire(target: EventTarget, type: string, data: DataTransfer): Event {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, type === 'paste' ? 'clipboardData' : 'dataTransfer', { value: data });
  act(() => {
    target.dispatchEvent(event);
  });
  return event;
}

function Composer({ onFiles }: { onFiles: (files: File[]) => void }) {
  const ref = useRef<HTMLFormElement>(null);
  const { dragging } = useAttachmentDrop(ref, onFiles);
  return (
    <form ref={ref} data-testid="composer" data-dragging={dragging}>
      <textarea aria-label="Message" />
    </form>
  );
}

afterEach(cleanup);

const png = () => new File(['p'], 'image.png', { type: 'image/png' });

describe('useAttachmentDrop', () => {
  it('attaches pasted images instead of pasting them', () => {
    const onFiles = vi.fn();
    render(<Composer onFiles={onFiles} />);
    const image = png();
    const event = fire(screen.getByLabelText('Message'), 'paste', transfer([image]));
    expect(onFiles).toHaveBeenCalledWith([image]);
    expect(event.defaultPrevented).toBe(true);
  });

  it('leaves plain text pastes alone', () => {
    const onFiles = vi.fn();
    render(<Composer onFiles={onFiles} />);
    const event = fire(screen.getByLabelText('Message'), 'paste', transfer([], 'hello'));
    expect(onFiles).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(false);
  });

  it('attaches the image but still pastes the text when a paste has both', () => {
    const onFiles = vi.fn();
    render(<Composer onFiles={onFiles} />);
    const event = fire(screen.getByLabelText('Message'), 'paste', transfer([png()], 'A1\tB1'));
    expect(onFiles).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(false);
  });

  it('ignores pasted files that are not images', () => {
    const onFiles = vi.fn();
    render(<Composer onFiles={onFiles} />);
    fire(screen.getByLabelText('Message'), 'paste', transfer([new File(['%PDF'], 'a.pdf', { type: 'application/pdf' })]));
    expect(onFiles).not.toHaveBeenCalled();
  });

  it('shows a drop state while files hover, through child elements, and drops them all', () => {
    const onFiles = vi.fn();
    render(<Composer onFiles={onFiles} />);
    const form = screen.getByTestId('composer');
    const textarea = screen.getByLabelText('Message');
    const files = [png(), new File(['%PDF'], 'a.pdf', { type: 'application/pdf' })];

    fire(form, 'dragenter', transfer(files));
    expect(form.dataset.dragging).toBe('true');
    fire(textarea, 'dragenter', transfer(files));
    fire(form, 'dragleave', transfer(files));
    expect(form.dataset.dragging).toBe('true');
    const over = fire(textarea, 'dragover', transfer(files));
    expect(over.defaultPrevented).toBe(true);

    const drop = fire(textarea, 'drop', transfer(files));
    expect(drop.defaultPrevented).toBe(true);
    expect(onFiles).toHaveBeenCalledWith(files);
    expect(form.dataset.dragging).toBe('false');
  });

  it('clears the drop state when the drag leaves', () => {
    render(<Composer onFiles={vi.fn()} />);
    const form = screen.getByTestId('composer');
    fire(form, 'dragenter', transfer([png()]));
    fire(form, 'dragleave', transfer([png()]));
    expect(form.dataset.dragging).toBe('false');
  });

  it('ignores drags of text or links', () => {
    const onFiles = vi.fn();
    render(<Composer onFiles={onFiles} />);
    const form = screen.getByTestId('composer');
    fire(form, 'dragenter', transfer([], 'some text'));
    expect(form.dataset.dragging).toBe('false');
    expect(fire(form, 'drop', transfer([], 'some text')).defaultPrevented).toBe(false);
    expect(onFiles).not.toHaveBeenCalled();
  });

  it('stops a file dropped beside the composer from replacing the page', () => {
    const onFiles = vi.fn();
    render(<Composer onFiles={onFiles} />);
    expect(fire(document.body, 'dragover', transfer([png()])).defaultPrevented).toBe(true);
    expect(fire(document.body, 'drop', transfer([png()])).defaultPrevented).toBe(true);
    expect(onFiles).not.toHaveBeenCalled();
  });
});

describe('filesFrom', () => {
  it('falls back to items when files is empty', () => {
    const file = png();
    const data = { types: ['Files'], files: [], items: [{ kind: 'string', getAsFile: () => null }, { kind: 'file', getAsFile: () => file }] } as unknown as DataTransfer;
    expect(filesFrom(data)).toEqual([file]);
    expect(filesFrom(null)).toEqual([]);
  });
});
