import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** One piece of user-visible text written straight into the markup instead of through the translator. */
export interface Untranslated {
  file: string;
  line: number;
  text: string;
  where: 'text' | 'attribute' | 'expression' | 'metadata';
}

/** Attributes and props whose value a person reads (or hears from a screen reader). */
const VISIBLE_ATTRIBUTE = /^(aria-(label|description|placeholder|roledescription|valuetext)|title|placeholder|alt|label|heading|description|message|hint|summary|caption)$|(Label|Title|Text|Message|Hint|Placeholder)$/;

/**
 * Text that is not language: the brand, symbols, units that read the same in every locale, keyboard
 * keys on the terminal's key row. Kept tiny on purpose; anything with words belongs in a catalogue.
 */
export const ALLOWED = new Set(['Paddock', 'P', '⌘S', '⌘P', 'Esc', 'Tab', 'Ctrl', 'Alt', 'SKILL.md', 'HTTPS', 'Hermes', 'v', 'skills/', 'A−', 'A+', '%s · Paddock']);

/** Props named like text that are not: settings of the on-screen keyboard. */
const NOT_TEXT = new Set(['enterKeyHint', 'inputMode', 'autoComplete']);

function isVisibleAttribute(name: string): boolean {
  return VISIBLE_ATTRIBUTE.test(name) && !NOT_TEXT.has(name);
}

const LETTER = /\p{L}/u;

/** Text with a word that is neither allowed nor free of letters, checked whole and word by word. */
function isLanguage(text: string): boolean {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (!LETTER.test(trimmed) || ALLOWED.has(trimmed)) return false;
  return trimmed.split(' ').some((word) => LETTER.test(word) && !ALLOWED.has(word));
}

/** String literals that reach the output from an expression: branches of ?:, && and ||, template text; not call arguments. */
function visibleStrings(node: ts.Node, out: ts.Node[]): void {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node);
  else if (ts.isTemplateExpression(node)) {
    const literalText = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
    if (isLanguage(literalText)) out.push(node);
  } else if (ts.isConditionalExpression(node)) {
    visibleStrings(node.whenTrue, out);
    visibleStrings(node.whenFalse, out);
  } else if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.PlusToken) {
      visibleStrings(node.left, out);
      visibleStrings(node.right, out);
    }
  } else if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) visibleStrings(node.expression, out);
}

function literalText(node: ts.Node, source: ts.SourceFile): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return node.getText(source);
}

function metadataTitles(node: ts.VariableDeclaration, out: ts.Node[]): void {
  if (!ts.isIdentifier(node.name) || !/metadata/i.test(node.name.text) || !node.initializer) return;
  const walk = (n: ts.Node): void => {
    if (ts.isPropertyAssignment(n) && /^(title|description|default|template)$/.test(n.name.getText())) visibleStrings(n.initializer, out);
    ts.forEachChild(n, walk);
  };
  walk(node.initializer);
}

/** Finds untranslated text in one .tsx source. */
export function findUntranslated(file: string, code: string): Untranslated[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Untranslated[] = [];
  const report = (node: ts.Node, text: string, where: Untranslated['where']) => {
    if (!isLanguage(text)) return;
    found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: text.replace(/\s+/g, ' ').trim(), where });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text, 'text');
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      const strings: ts.Node[] = [];
      visibleStrings(node.expression, strings);
      for (const s of strings) report(s, literalText(s, source), 'expression');
    } else if (ts.isJsxAttribute(node) && isVisibleAttribute(node.name.getText(source)) && node.initializer) {
      const init = node.initializer;
      const strings: ts.Node[] = [];
      if (ts.isStringLiteral(init)) strings.push(init);
      else if (ts.isJsxExpression(init) && init.expression) visibleStrings(init.expression, strings);
      for (const s of strings) report(s, literalText(s, source), 'attribute');
    } else if (ts.isVariableDeclaration(node)) {
      const strings: ts.Node[] = [];
      metadataTitles(node, strings);
      for (const s of strings) report(s, literalText(s, source), 'metadata');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(full);
    return entry.name.endsWith('.tsx') ? [full] : [];
  });
}

/** Every untranslated string in the .tsx files under the given folders. */
export function findUntranslatedIn(root: string, folders: readonly string[]): Untranslated[] {
  return folders.flatMap((folder) =>
    tsxFiles(path.join(root, folder)).flatMap((file) => findUntranslated(path.relative(root, file), readFileSync(file, 'utf8'))),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = findUntranslatedIn(process.cwd(), ['app', 'components']);
  for (const f of found) console.log(`${f.file}:${f.line} [${f.where}] ${f.text}`);
  console.log(`${found.length} untranslated`);
  process.exitCode = found.length ? 1 : 0;
}
