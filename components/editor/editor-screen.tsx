'use client';

import dynamic from 'next/dynamic';
import { useT } from '@/components/i18n/locale-provider';
import { fileMessages } from '@/lib/i18n/messages/files';
import type { FileDoc } from '@/lib/files/types';

function EditorLoading() {
  const t = useT(fileMessages);
  return <p className="p-6 text-sm text-muted">{t('loadingEditor')}</p>;
}

/** Monaco and its React wrapper load on this route only, and only in the browser. */
const FileEditor = dynamic(() => import('./file-editor').then((m) => m.FileEditor), {
  ssr: false,
  loading: EditorLoading,
});

export interface EditorScreenProps {
  doc: FileDoc;
}

export function EditorScreen({ doc }: EditorScreenProps) {
  return <FileEditor doc={doc} />;
}
