import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVER_MEMORY_ENV } from '../../../scripts/server-env';

const root = path.resolve(import.meta.dirname, '../../..');
const settings = Object.entries(SERVER_MEMORY_ENV).map(([name, value]) => `${name}=${value}`);

describe('the production server environment', () => {
  it('is what `npm start` runs the server with', () => {
    const start = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start ?? '';
    const serverCommand = start.split('&&').find((part) => part.includes('paddock-server.mjs')) ?? '';
    for (const setting of settings) expect(serverCommand.split(/\s+/)).toContain(setting);
  });

  it('is what the Docker image runs the server with', () => {
    const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    const runStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    const envBlock = /\nENV ((?:[^\n]*\\\n)*[^\n]*)/.exec(runStage)?.[1] ?? '';
    const declared = envBlock.split(/[\s\\]+/).filter(Boolean);
    for (const setting of settings) expect(declared).toContain(setting);
  });
});
