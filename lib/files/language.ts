/**
 * Which language a file is, by name: the Monaco language id for the editor and the fence word for
 * the read-only view. Pure, so the editor and the server agree.
 */

export interface FileLanguage {
  /** Monaco language id; `plaintext` when unknown. */
  monaco: string;
  /** Fence word for a highlighted code block, or null to show plain text. */
  fence: string | null;
  /** How the read-only view shows it. */
  view: 'markdown' | 'code' | 'text';
  /** Checked before saving (YAML, JSON), or null. */
  syntax: 'yaml' | 'json' | null;
}

const BY_EXTENSION: Readonly<Record<string, FileLanguage>> = {
  md: { monaco: 'markdown', fence: 'markdown', view: 'markdown', syntax: null },
  markdown: { monaco: 'markdown', fence: 'markdown', view: 'markdown', syntax: null },
  yaml: { monaco: 'yaml', fence: 'yaml', view: 'code', syntax: 'yaml' },
  yml: { monaco: 'yaml', fence: 'yaml', view: 'code', syntax: 'yaml' },
  json: { monaco: 'json', fence: 'json', view: 'code', syntax: 'json' },
  jsonc: { monaco: 'json', fence: 'json', view: 'code', syntax: null },
  py: { monaco: 'python', fence: 'python', view: 'code', syntax: null },
  sh: { monaco: 'shell', fence: 'sh', view: 'code', syntax: null },
  bash: { monaco: 'shell', fence: 'sh', view: 'code', syntax: null },
  zsh: { monaco: 'shell', fence: 'sh', view: 'code', syntax: null },
  ts: { monaco: 'typescript', fence: 'ts', view: 'code', syntax: null },
  mts: { monaco: 'typescript', fence: 'ts', view: 'code', syntax: null },
  tsx: { monaco: 'typescript', fence: 'tsx', view: 'code', syntax: null },
  js: { monaco: 'javascript', fence: 'js', view: 'code', syntax: null },
  mjs: { monaco: 'javascript', fence: 'js', view: 'code', syntax: null },
  cjs: { monaco: 'javascript', fence: 'js', view: 'code', syntax: null },
  html: { monaco: 'html', fence: 'html', view: 'code', syntax: null },
  css: { monaco: 'css', fence: 'css', view: 'code', syntax: null },
  sql: { monaco: 'sql', fence: 'sql', view: 'code', syntax: null },
  ini: { monaco: 'ini', fence: null, view: 'code', syntax: null },
  cfg: { monaco: 'ini', fence: null, view: 'code', syntax: null },
  toml: { monaco: 'ini', fence: null, view: 'code', syntax: null },
  xml: { monaco: 'xml', fence: 'xml', view: 'code', syntax: null },
};

const BY_NAME: Readonly<Record<string, FileLanguage>> = {
  dockerfile: { monaco: 'dockerfile', fence: null, view: 'code', syntax: null },
  '.bashrc': { monaco: 'shell', fence: 'sh', view: 'code', syntax: null },
  '.profile': { monaco: 'shell', fence: 'sh', view: 'code', syntax: null },
};

const PLAIN: FileLanguage = { monaco: 'plaintext', fence: null, view: 'text', syntax: null };

/** The language of a file named `name` (a base name or a path). */
export function languageOf(name: string): FileLanguage {
  const base = (name.split('/').pop() ?? name).toLowerCase();
  const byName = BY_NAME[base];
  if (byName) return byName;
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return PLAIN;
  return BY_EXTENSION[base.slice(dot + 1)] ?? PLAIN;
}
