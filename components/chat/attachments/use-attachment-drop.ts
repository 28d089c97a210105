'use client';

import { useEffect, useEffectEvent, useState, type RefObject } from 'react';

/** Files on a clipboard or drag, reading `items` too because some engines leave `files` empty on paste. */
export function filesFrom(data: DataTransfer | null): File[] {
  if (!data) return [];
  if (data.files && data.files.length > 0) return Array.from(data.files);
  const files: File[] = [];
  for (const item of Array.from(data.items ?? [])) {
    if (item.kind !== 'file') continue;
    const file = item.getAsFile();
    if (file) files.push(file);
  }
  return files;
}

/** Text and link drags are left to the browser; only drags from Finder or Photos carry 'Files'. */
function carriesFiles(data: DataTransfer | null): boolean {
  return !!data && Array.from(data.types).includes('Files');
}

/**
 * Pasted images and files dropped on `targetRef` go to `addFiles`. Returns `dragging` while
 * files hover over the target, for a visible drop state.
 *
 * A paste that also has plain text (a spreadsheet range, a Finder copy) pastes the text as
 * usual and attaches the image too: a stray thumbnail is easy to remove, a lost photo is not.
 */
export function useAttachmentDrop(targetRef: RefObject<HTMLElement | null>, addFiles: (files: File[]) => unknown): { dragging: boolean } {
  const [dragging, setDragging] = useState(false);
  // An effect event, so a new addFiles each render does not re-attach every listener.
  const add = useEffectEvent((files: File[]) => {
    void addFiles(files);
  });

  useEffect(() => {
    const target = targetRef.current;
    if (!target) return;
    // Entering a child fires enter on it before leave on the parent, so count instead of toggling.
    let depth = 0;
    const reset = () => {
      depth = 0;
      setDragging(false);
    };

    const onPaste = (event: ClipboardEvent) => {
      const images = filesFrom(event.clipboardData).filter((file) => file.type.startsWith('image/'));
      if (images.length === 0) return;
      if (!event.clipboardData?.types.includes('text/plain')) event.preventDefault();
      add(images);
    };
    const onDragEnter = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDragLeave = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      reset();
      // Everything dropped goes through, so a PDF gets a message instead of vanishing.
      add(filesFrom(event.dataTransfer));
    };
    // A drop that misses the composer would make the browser open the file and lose the draft.
    const onWindowDragOver = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer) || target.contains(event.target as Node | null)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
    };
    const onWindowDrop = (event: DragEvent) => {
      if (carriesFiles(event.dataTransfer) && !target.contains(event.target as Node | null)) event.preventDefault();
      reset();
    };

    target.addEventListener('paste', onPaste);
    target.addEventListener('dragenter', onDragEnter);
    target.addEventListener('dragover', onDragOver);
    target.addEventListener('dragleave', onDragLeave);
    target.addEventListener('drop', onDrop);
    window.addEventListener('dragover', onWindowDragOver);
    window.addEventListener('drop', onWindowDrop);
    window.addEventListener('dragend', reset);
    return () => {
      target.removeEventListener('paste', onPaste);
      target.removeEventListener('dragenter', onDragEnter);
      target.removeEventListener('dragover', onDragOver);
      target.removeEventListener('dragleave', onDragLeave);
      target.removeEventListener('drop', onDrop);
      window.removeEventListener('dragover', onWindowDragOver);
      window.removeEventListener('drop', onWindowDrop);
      window.removeEventListener('dragend', reset);
    };
  }, [targetRef]);

  return { dragging };
}
