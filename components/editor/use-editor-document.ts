'use client';

import type { Monaco, OnMount } from '@monaco-editor/react';
import type { editor } from 'monaco-editor';
import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchBackupText, restoreBackup, saveFileText, type SaveOutcome } from '@/components/files/files-api';
import type { BackupInfo, ConflictDetails, FileDoc, FileVersion } from '@/lib/files/types';
import { clearSyntaxError, markSyntaxError, replaceWholeText } from './model-edits';
import { translator } from '@/lib/i18n/catalogue';
import { documentLocale } from '@/lib/i18n/document-locale';
import { fileMessages } from '@/lib/i18n/messages/files';

export type SaveStatus =
  | { kind: 'clean' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string }
  | { kind: 'invalid'; message: string };

/** A save refused because the file changed: what is on disk now, and the text the user wanted to save. */
export interface Conflict {
  message: string;
  current: ConflictDetails['current'];
  mine: string;
}

export interface EditorDocument {
  status: SaveStatus;
  dirty: boolean;
  conflict: Conflict | null;
  /** The version the next save is checked against. */
  version: () => FileVersion;
  onMount: OnMount;
  onChange: () => void;
  save: () => Promise<void>;
  keepMine: (text: string) => Promise<void>;
  takeTheirs: () => void;
  dismissConflict: () => void;
  restore: (backup: BackupInfo) => Promise<void>;
}

/**
 * The editor's file: what was last saved (by version and by Monaco's undo-aware version id, so
 * undoing back to it counts as clean), saving with the loaded version, and the conflict and syntax
 * refusals the server answers with.
 */
export function useEditorDocument(doc: FileDoc): EditorDocument {
  const editorRef = useRef<editor.IStandaloneCodeEditor | null>(null);
  const monacoRef = useRef<Monaco | null>(null);
  const version = useRef<FileVersion>(doc.version ?? { size: 0, mtimeMs: 0, sha256: '' });
  const savedId = useRef(1);
  const busy = useRef(false);
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'clean' });
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const model = () => editorRef.current?.getModel() ?? null;

  const markClean = () => {
    savedId.current = model()?.getAlternativeVersionId() ?? savedId.current;
    setDirty(false);
  };

  const apply = (outcome: SaveOutcome, text: string, sentId: number | undefined) => {
    if (outcome.kind === 'saved') {
      version.current = outcome.saved.version;
      clearSyntaxError(editorRef.current, monacoRef.current);
      const m = model();
      savedId.current = sentId ?? savedId.current;
      setDirty(m ? m.getAlternativeVersionId() !== savedId.current : false);
      setStatus({ kind: 'saved' });
    } else if (outcome.kind === 'conflict') {
      setConflict({ message: outcome.message, current: outcome.current, mine: text });
      setStatus({ kind: 'failed', message: outcome.message });
    } else {
      markSyntaxError(editorRef.current, monacoRef.current, outcome.syntax);
      setStatus({ kind: 'invalid', message: outcome.message });
    }
  };

  const run = async (task: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    setStatus({ kind: 'saving' });
    try {
      await task();
    } catch (error) {
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : translator(fileMessages, documentLocale())('savingFailed') });
    } finally {
      busy.current = false;
    }
  };

  const save = useCallback(
    () =>
      run(async () => {
        const m = model();
        if (!m) return;
        const text = m.getValue();
        const sentId = m.getAlternativeVersionId();
        apply(await saveFileText(doc.path, text, version.current), text, sentId);
      }),
    // Everything else it reads lives in refs, so the path is its only input.
    [doc.path],
  );
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);
  const stableSave = useCallback(() => saveRef.current(), []);

  const onMount: OnMount = (instance, monaco) => {
    editorRef.current = instance;
    monacoRef.current = monaco;
    savedId.current = instance.getModel()?.getAlternativeVersionId() ?? 1;
  };

  return {
    status,
    dirty,
    conflict,
    version: () => version.current,
    onMount,
    onChange: () => {
      const m = model();
      setDirty(m ? m.getAlternativeVersionId() !== savedId.current : false);
    },
    save: stableSave,
    keepMine: async (text) => {
      if (!conflict) return;
      replaceWholeText(editorRef.current, text);
      version.current = conflict.current.version;
      setConflict(null);
      await saveRef.current();
    },
    takeTheirs: () => {
      if (!conflict) return;
      if (conflict.current.content !== null) replaceWholeText(editorRef.current, conflict.current.content);
      version.current = conflict.current.version;
      setConflict(null);
      markClean();
      setStatus({ kind: 'clean' });
    },
    dismissConflict: () => setConflict(null),
    restore: (backup) =>
      run(async () => {
        const text = await fetchBackupText(doc.path, backup.id);
        const outcome = await restoreBackup(doc.path, backup.id, version.current);
        if (outcome.kind === 'saved') {
          replaceWholeText(editorRef.current, text);
          markClean();
        }
        apply(outcome, text, model()?.getAlternativeVersionId());
      }),
  };
}
