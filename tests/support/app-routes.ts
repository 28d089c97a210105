import fs from 'node:fs';
import path from 'node:path';
import { NATIVE_ROUTES } from '../../server/native-routes';
import { REPO_ROOT } from './paddock-server';

export interface AppRoute {
  file: string;
  /** URL path with dynamic segments filled with a placeholder. */
  urlPath: string;
  kind: 'page' | 'route';
  methods: string[];
}

const METHOD_EXPORT = /export\s+(?:async\s+)?function\s+(GET|POST|PUT|PATCH|DELETE)\b|export\s+const\s+(GET|POST|PUT|PATCH|DELETE)\b/g;

function toUrlPath(dir: string): string {
  const segments = path
    .relative(path.join(REPO_ROOT, 'app'), dir)
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s))
    .map((s) => (s.startsWith('[') ? 'placeholder' : s));
  return `/${segments.join('/')}`;
}

/** Every page and route handler under app/, found on disk so a new route cannot escape the auth test. */
export function listAppRoutes(dir = path.join(REPO_ROOT, 'app')): AppRoute[] {
  const out: AppRoute[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listAppRoutes(full));
    else if (/^route\.tsx?$/.test(entry.name)) {
      const source = fs.readFileSync(full, 'utf8');
      const methods = [...source.matchAll(METHOD_EXPORT)].map((m) => m[1] ?? m[2] ?? '');
      out.push({ file: path.relative(REPO_ROOT, full), urlPath: toUrlPath(dir), kind: 'route', methods });
    } else if (/^page\.tsx?$/.test(entry.name)) {
      out.push({ file: path.relative(REPO_ROOT, full), urlPath: toUrlPath(dir), kind: 'page', methods: ['GET'] });
    }
  }
  return out;
}

/** Every route under app/ plus the ones the server answers without Next, so none escapes the auth test. */
export function listAllRoutes(): AppRoute[] {
  const native = [...NATIVE_ROUTES.keys()].map((key): AppRoute => {
    const [method = 'GET', urlPath = '/'] = key.split(' ');
    return { file: 'server/native-routes.ts', urlPath, kind: 'route', methods: [method] };
  });
  return [...listAppRoutes(), ...native];
}
