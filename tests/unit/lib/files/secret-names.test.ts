import { describe, expect, it } from 'vitest';
import { isSecretName } from '@/lib/files/secret-names';

describe('isSecretName', () => {
  it.each([
    '.env', '.ENV', '.env.local', 'prod.env', 'auth.json', 'state.db', 'state.db-wal', 'state.db-shm', 'kanban.sqlite', 'x.sqlite3-journal',
    'server.key', 'cert.pem', 'bundle.p12', 'id_rsa', 'id_rsa.pub', 'id_ed25519', '.ssh', '.gnupg', '.aws', '.netrc', '.npmrc', '.git-credentials',
    'authorized_keys', 'secrets.yaml', 'secret.txt', 'credentials.json', 'oauth_token.json', 'mcp-tokens.json', 'api_key.txt', 'api-keys.yaml', 'private_key.txt',
  ])('treats %j as a secret', (name) => {
    expect(isSecretName(name)).toBe(true);
  });

  it.each(['config.yaml', 'SOUL.md', 'MEMORY.md', 'USER.md', 'SKILL.md', 'jobs.json', 'tokenizer.json', 'search_arxiv.py', '.usage.json', '.bundled_manifest', 'environment.md', 'keyboard.md', 'database-notes.md'])(
    'lets %j through',
    (name) => {
      expect(isSecretName(name)).toBe(false);
    },
  );
});
