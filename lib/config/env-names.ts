import path from 'node:path';

type Env = Readonly<Record<string, string | undefined>>;

/** Names whose value is non-empty; the values themselves are never kept. */
export function setVariableNames(env: Env): ReadonlySet<string> {
  return new Set(Object.entries(env).flatMap(([name, value]) => (value ? [name] : [])));
}

/** The PATH directories, in order, for checking whether a command is installed. */
export function pathDirectories(env: Env): readonly string[] {
  return Object.freeze((env.PATH ?? '').split(path.delimiter).filter(Boolean));
}
