'use client';

import { useEffect, useRef } from 'react';

/** Attaches already-stored photos (shared into the app) once, as if the user had picked them. */
export function useSharedPhotos(ids: readonly string[] | undefined, addFiles: (files: File[]) => Promise<void>): void {
  const done = useRef(false);
  useEffect(() => {
    if (done.current || !ids?.length) return;
    done.current = true;
    void Promise.all(
      ids.map(async (id) => {
        const response = await fetch(`/api/chat/uploads/${encodeURIComponent(id)}`);
        return response.ok ? new File([await response.blob()], `shared-${id}.jpg`, { type: response.headers.get('content-type') ?? 'image/jpeg' }) : undefined;
      }),
    ).then((files) => addFiles(files.filter((f): f is File => f !== undefined)));
  }, [ids, addFiles]);
}
