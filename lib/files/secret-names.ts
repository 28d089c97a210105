/**
 * Names that hold credentials or databases. Paddock never serves, lists as openable, or writes
 * them: the browser is one stolen session away from a stranger, and state.db is the agent's own
 * (binary) history that a text editor can only break.
 */
const SECRET_NAMES = new Set([
  '.env',
  'auth.json',
  '.netrc',
  '.pgpass',
  '.npmrc',
  '.pypirc',
  '.git-credentials',
  '.htpasswd',
  'authorized_keys',
  'id_rsa',
  'id_dsa',
  'id_ecdsa',
  'id_ed25519',
  'session-secret',
]);

/** Folders whose whole content is credentials. */
const SECRET_DIRS = new Set(['.ssh', '.gnupg', '.aws', '.kube', '.docker', '.password-store']);

const SECRET_EXTENSIONS = /\.(key|pem|p12|pfx|jks|keystore|kdbx|ppk|gpg|db|sqlite|sqlite3|db3)$/i;
// SQLite's companions: a -wal or -journal file holds recent rows of the database beside it.
const DATABASE_COMPANION = /\.(db|sqlite|sqlite3|db3)-(wal|shm|journal)$/i;
// `.env.local`, `prod.env`; and words such as secrets.yaml, oauth_token.json, mcp-tokens.json, api_key.txt.
const ENV_FILE = /^\.env\.|\.env$/i;
const SECRET_WORD = /(^|[._-])(secrets?|credentials?|tokens?|passwords?|api[_-]?keys?|private[_-]?keys?)([._-]|$)/i;

/** True when this one file or folder name looks like it holds secrets or a database. */
export function isSecretName(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    SECRET_NAMES.has(lower) ||
    SECRET_DIRS.has(lower) ||
    lower.startsWith('id_rsa') ||
    lower.startsWith('id_ed25519') ||
    SECRET_EXTENSIONS.test(lower) ||
    DATABASE_COMPANION.test(lower) ||
    ENV_FILE.test(lower) ||
    SECRET_WORD.test(lower)
  );
}

/** The first segment of a path that marks it as secret, or null; pure, so it runs before any fs call. */
export function secretSegment(segments: readonly string[]): string | null {
  return segments.find((segment) => isSecretName(segment)) ?? null;
}

/** The sentence shown when a secret is refused. */
export function secretMessage(name: string): string {
  return `${name} looks like it holds secrets or a database, so Paddock never opens or writes it. Use the terminal if you really must.`;
}
