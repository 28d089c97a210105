'use client';

import dynamic from 'next/dynamic';
import type { FileDoc } from '@/lib/files/types';

/** Monaco and its React wrapper load on this route only, and only in the browser. */
const FileEditor = dynamic(() => import('./file-editor').then((m) => m.FileEditor), {
  ssr: false,
  loading: () => <p className="p-6 text-sm text-muted">Loading the editor…</p>,
});

export interface EditorScreenProps {
  doc: FileDoc;
}

export function EditorScreen({ doc }: EditorScreenProps) {
  return <FileEditor doc={doc} />;
}
