import type { HighlighterCore, LanguageRegistration } from 'shiki/core';

/**
 * Lazy syntax highlighting. Nothing from shiki is imported statically: the core, the regex engine,
 * the two themes and each grammar are separate chunks fetched the first time a finished code block
 * needs them, so chat pages that never show code never pay for them.
 */

type GrammarModule = Promise<{ default: LanguageRegistration[] }>;

// Literal import() paths so the bundler can emit one chunk per grammar.
const GRAMMARS = {
  typescript: () => import('shiki/langs/typescript.mjs'),
  tsx: () => import('shiki/langs/tsx.mjs'),
  javascript: () => import('shiki/langs/javascript.mjs'),
  json: () => import('shiki/langs/json.mjs'),
  yaml: () => import('shiki/langs/yaml.mjs'),
  shellscript: () => import('shiki/langs/shellscript.mjs'),
  python: () => import('shiki/langs/python.mjs'),
  markdown: () => import('shiki/langs/markdown.mjs'),
  diff: () => import('shiki/langs/diff.mjs'),
  html: () => import('shiki/langs/html.mjs'),
  css: () => import('shiki/langs/css.mjs'),
  sql: () => import('shiki/langs/sql.mjs'),
} satisfies Record<string, () => GrammarModule>;

export type SupportedLanguage = keyof typeof GRAMMARS;

const ALIASES: Record<string, SupportedLanguage> = {
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  typescript: 'typescript',
  tsx: 'tsx',
  // TSX's grammar is a superset of JSX's; one grammar fewer to ship.
  jsx: 'tsx',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  javascript: 'javascript',
  json: 'json',
  jsonc: 'json',
  json5: 'json',
  yaml: 'yaml',
  yml: 'yaml',
  bash: 'shellscript',
  sh: 'shellscript',
  shell: 'shellscript',
  shellscript: 'shellscript',
  zsh: 'shellscript',
  console: 'shellscript',
  python: 'python',
  py: 'python',
  markdown: 'markdown',
  md: 'markdown',
  diff: 'diff',
  patch: 'diff',
  html: 'html',
  htm: 'html',
  xml: 'html',
  svg: 'html',
  css: 'css',
  sql: 'sql',
};

export const LIGHT_THEME = 'github-light';
export const DARK_THEME = 'github-dark';

/** Very large blocks stay plain: tokenising is synchronous and would freeze a phone. */
export const MAX_HIGHLIGHT_CHARS = 10_000;

let highlighterPromise: Promise<HighlighterCore> | null = null;
const languagePromises = new Map<SupportedLanguage, Promise<void>>();
let queue: Promise<unknown> = Promise.resolve();

/** Maps a fence's info string (`ts`, `Bash`, `python title="x"`) to a grammar we ship, or null. */
export function resolveLanguage(info: string | null | undefined): SupportedLanguage | null {
  const name = (info ?? '').trim().split(/[\s{]/)[0]?.toLowerCase() ?? '';
  return ALIASES[name] ?? null;
}

/**
 * Highlighted HTML for the *inside* of a `<code>` element (line spans, colours as `--shiki-light`
 * and `--shiki-dark` variables), or null when the language is unknown, the block too large or
 * loading failed; callers then keep showing plain text. Code is escaped by shiki.
 */
export async function highlight(code: string, language: string | null | undefined): Promise<string | null> {
  const grammar = resolveLanguage(language);
  if (!grammar || code.length > MAX_HIGHLIGHT_CHARS) return null;
  try {
    const highlighter = await loadHighlighter();
    await loadGrammar(highlighter, grammar);
    const { hastToHtml } = await import('shiki/core');
    await nextTurn();
    const root = highlighter.codeToHast(code, {
      lang: grammar,
      themes: { light: LIGHT_THEME, dark: DARK_THEME },
      // No inline default colour: markdown.css picks light or dark from the variables.
      defaultColor: false,
    });
    const pre = root.children.find((node) => node.type === 'element' && node.tagName === 'pre');
    const codeElement = pre?.type === 'element' ? pre.children.find((node) => node.type === 'element' && node.tagName === 'code') : undefined;
    if (codeElement?.type !== 'element') return null;
    // Only the lines: the surrounding <pre> is ours, so the box is identical before and after.
    return hastToHtml({ type: 'root', children: codeElement.children });
  } catch {
    return null;
  }
}

/**
 * Tokenising is synchronous. Opening an old answer with many code blocks would otherwise tokenise
 * them all in one long task; taking turns, with a macrotask between blocks, lets input and
 * streaming updates run in between.
 */
function nextTurn(): Promise<void> {
  const turn = queue.then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  queue = turn;
  return turn;
}

function loadHighlighter(): Promise<HighlighterCore> {
  highlighterPromise ??= createHighlighter().catch((error: unknown) => {
    // A failed chunk load (offline PWA) must not poison every later attempt.
    highlighterPromise = null;
    throw error;
  });
  return highlighterPromise;
}

async function createHighlighter(): Promise<HighlighterCore> {
  const [{ createHighlighterCore }, { createJavaScriptRegexEngine }] = await Promise.all([
    import('shiki/core'),
    import('shiki/engine/javascript'),
  ]);
  return createHighlighterCore({
    themes: [import('shiki/themes/github-light.mjs'), import('shiki/themes/github-dark.mjs')],
    langs: [],
    // The JavaScript engine avoids shipping and instantiating the Oniguruma WebAssembly.
    engine: createJavaScriptRegexEngine(),
  });
}

function loadGrammar(highlighter: HighlighterCore, grammar: SupportedLanguage): Promise<void> {
  let pending = languagePromises.get(grammar);
  if (!pending) {
    pending = GRAMMARS[grammar]()
      .then((module) => highlighter.loadLanguage(module.default))
      .catch((error: unknown) => {
        languagePromises.delete(grammar);
        throw error;
      });
    languagePromises.set(grammar, pending);
  }
  return pending;
}
