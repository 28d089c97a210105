import { parseAllDocuments } from 'yaml';
import { FilesError } from './files-error';
import { jsonErrorOffset } from './json-error-offset';
import type { SyntaxDetails } from './types';

type SyntaxProblem = SyntaxDetails['syntax'];

/** 1-based line and column of a 0-based character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

function yamlProblem(content: string): SyntaxProblem | null {
  const parsed = parseAllDocuments(content);
  const docs = Array.isArray(parsed) ? parsed : [];
  for (const doc of docs) {
    const error = doc.errors[0];
    if (!error) continue;
    const at = error.linePos?.[0];
    const { line, column } = at ? { line: at.line, column: at.col } : lineColumn(content, error.pos[0]);
    return { language: 'yaml', line, column, message: (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '') };
  }
  return null;
}

function jsonProblem(content: string): SyntaxProblem | null {
  const offset = jsonErrorOffset(content);
  if (offset === null) return null;
  const { line, column } = lineColumn(content, offset);
  const message = offset >= content.length ? 'the text ends before the JSON does' : `unexpected ${JSON.stringify(content.charAt(offset))}`;
  return { language: 'json', line, column, message };
}

/** The first parse error of `content` in `syntax`, with 1-based line and column, or null when it parses. */
export function syntaxProblem(syntax: 'yaml' | 'json' | null, content: string): SyntaxProblem | null {
  if (syntax === 'yaml') return yamlProblem(content);
  if (syntax === 'json') return jsonProblem(content);
  return null;
}

/** Throws FilesError 400 with the parser's line and column when `content` does not parse as `syntax`. */
export function assertValidSyntax(name: string, syntax: 'yaml' | 'json' | null, content: string): void {
  const problem = syntaxProblem(syntax, content);
  if (!problem) return;
  const kind = problem.language === 'yaml' ? 'YAML' : 'JSON';
  throw new FilesError<SyntaxDetails>(
    'bad_request',
    `${name} is not valid ${kind} (line ${problem.line}, column ${problem.column}): ${problem.message}. Nothing was saved.`,
    { syntax: problem },
  );
}
