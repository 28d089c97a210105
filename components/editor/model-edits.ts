import type { Monaco } from '@monaco-editor/react';
import type { editor } from 'monaco-editor';
import type { SyntaxDetails } from '@/lib/files/types';

const MARKER_OWNER = 'paddock-save';

/** Replaces the whole text as one undoable edit (setValue would wipe the undo history). */
export function replaceWholeText(instance: editor.IStandaloneCodeEditor | null, text: string): void {
  const model = instance?.getModel();
  if (!model || model.getValue() === text) return;
  model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
}

/** Underlines the line the parser refused and puts the cursor where it stopped. */
export function markSyntaxError(instance: editor.IStandaloneCodeEditor | null, monaco: Monaco | null, syntax: SyntaxDetails['syntax']): void {
  const model = instance?.getModel();
  if (!instance || !model || !monaco) return;
  const line = Math.min(syntax.line, model.getLineCount());
  // To the end of the line: a one-character squiggle under indentation is easy to miss.
  const endColumn = Math.max(syntax.column + 1, model.getLineMaxColumn(line));
  monaco.editor.setModelMarkers(model, MARKER_OWNER, [
    { severity: monaco.MarkerSeverity.Error, message: syntax.message, startLineNumber: line, startColumn: syntax.column, endLineNumber: line, endColumn },
  ]);
  instance.setPosition({ lineNumber: line, column: syntax.column });
  instance.revealLineInCenter(line);
  instance.focus();
}

export function clearSyntaxError(instance: editor.IStandaloneCodeEditor | null, monaco: Monaco | null): void {
  const model = instance?.getModel();
  if (model && monaco) monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
}
