'use client';

import { Editor, type Monaco, type OnMount } from '@monaco-editor/react';
import type { editor } from 'monaco-editor';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { QUICK_OPEN_EVENT } from '@/components/files/quick-open';
import { useT } from '@/components/i18n/locale-provider';
import { fileMessages } from '@/lib/i18n/messages/files';
import { ReadOnlyNotice } from '@/components/files/read-only-notice';
import { confirmLeaving, setUnsavedChanges } from '@/components/files/unsaved-changes';
import { languageOf } from '@/lib/files/language';
import type { FileDoc } from '@/lib/files/types';
import { ConflictView } from './conflict-view';
import { EditorToolbar } from './editor-toolbar';
import { useThemeKey } from '@/components/theme/document-theme';
import { applyTheme } from './monaco-setup';
import { useEditorDocument } from './use-editor-document';
import { useFillHeight } from '@/components/hooks/use-fill-height';
import { VersionsPanel } from './versions-panel';

export interface FileEditorProps {
  /** A text file as the server read it. */
  doc: FileDoc;
}

/**
 * Keeps unsaved text from being lost: the browser asks before the tab closes or reloads, and a
 * click on any link of the app (the tab bar included) asks first, since client-side navigation
 * fires no `beforeunload`.
 */
function useLeaveGuard(dirty: boolean): void {
  useEffect(() => {
    setUnsavedChanges(dirty);
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!link || event.metaKey || event.ctrlKey || event.shiftKey || link.getAttribute('target') === '_blank') return;
      if (confirmLeaving()) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      setUnsavedChanges(false);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty]);
}

/** Cmd/Ctrl+S anywhere on the page saves, instead of the browser's "Save page as". */
function useSaveShortcut(save: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.metaKey || event.ctrlKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);
}

function editorOptions(language: string, doc: FileDoc): editor.IStandaloneEditorConstructionOptions {
  return {
    readOnly: !doc.editable.writable,
    readOnlyMessage: doc.editable.writable ? undefined : { value: doc.editable.reason },
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    wordWrap: language === 'markdown' || language === 'plaintext' ? 'on' : 'off',
    fontSize: 13,
    tabSize: 2,
    renderWhitespace: 'selection',
    fixedOverflowWidgets: true,
  };
}

/** Monaco on one file: language by extension, the app's theme, Cmd+S, conflicts shown as a diff, earlier versions. */
export function FileEditor({ doc }: FileEditorProps) {
  const t = useT(fileMessages);
  const state = useEditorDocument(doc);
  const themeKey = useThemeKey();
  const monacoRef = useRef<Monaco | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const [theme, setTheme] = useState<string | undefined>(undefined);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const language = languageOf(doc.name).monaco;
  const writable = doc.editable.writable;
  const options = useMemo(() => editorOptions(language, doc), [language, doc]);
  const conflictOpen = useRef(false);
  useEffect(() => {
    conflictOpen.current = state.conflict !== null;
  }, [state.conflict]);
  // While a conflict is shown, the user chooses with its buttons; a stray Cmd+S would only hit it again.
  const { save: saveNow } = state;
  const save = useCallback(() => (conflictOpen.current ? Promise.resolve() : saveNow()), [saveNow]);

  useFillHeight(box, 240);
  useLeaveGuard(state.dirty);
  useSaveShortcut(save);
  useEffect(() => {
    if (!monacoRef.current) return;
    const name = applyTheme(monacoRef.current);
    monacoRef.current.editor.setTheme(name);
    setTheme(name);
  }, [themeKey]);

  const onMount: OnMount = (instance, monaco) => {
    state.onMount(instance, monaco);
    instance.addAction({ id: 'paddock.save', label: t('save'), keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS], run: () => void save() });
    instance.addAction({
      id: 'paddock.quick-open',
      label: t('openFile'),
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyP],
      run: () => void window.dispatchEvent(new Event(QUICK_OPEN_EVENT)),
    });
    instance.focus();
  };

  const problem = state.status.kind === 'failed' || state.status.kind === 'invalid' ? state.status.message : null;
  return (
    <div ref={box} className="flex h-[70dvh] flex-col gap-2 px-2 pb-2 pt-1 md:px-6 md:pb-4 md:pt-4" data-editor-ready={theme ? 'true' : 'false'}>
      <EditorToolbar path={doc.path} name={doc.name} status={state.status} dirty={state.dirty} writable={writable} canSave={!state.conflict} onSave={() => void save()} onToggleVersions={() => setVersionsOpen((o) => !o)} />
      {!doc.editable.writable ? <ReadOnlyNotice reason={doc.editable.reason} /> : null}
      {problem && !state.conflict ? (
        <p role="alert" className="rounded-xl border border-bad bg-surface px-3 py-2 text-sm text-bad">
          {problem}
        </p>
      ) : null}
      {versionsOpen ? (
        <VersionsPanel
          path={doc.path}
          refreshKey={state.version().sha256}
          canRestore={writable}
          onRestore={(backup) => {
            if (state.dirty && !window.confirm(t('confirmRestore'))) return;
            void state.restore(backup);
          }}
          onClose={() => setVersionsOpen(false)}
        />
      ) : null}
      {state.conflict ? (
        <ConflictView conflict={state.conflict} language={language} theme={theme ?? 'vs'} onKeepMine={(text) => void state.keepMine(text)} onTakeTheirs={state.takeTheirs} onCancel={state.dismissConflict} />
      ) : null}
      <div className={`min-h-0 flex-1 overflow-hidden rounded-xl border border-line ${state.conflict ? 'hidden' : ''}`} data-testid="monaco-host">
        <Editor
          defaultValue={doc.content ?? ''}
          language={language}
          theme={theme}
          beforeMount={(monaco) => {
            monacoRef.current = monaco;
            setTheme(applyTheme(monaco));
          }}
          onMount={onMount}
          onChange={state.onChange}
          loading={<p className="p-4 text-sm text-muted">{t('loadingEditor')}</p>}
          options={options}
        />
      </div>
    </div>
  );
}
