import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGateway, type FakeGateway } from '../../fake-gateway';
import { KEY } from './helpers';

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
// The captures and their checker live beside the repository, not in it; CI checkouts lack them.
const WIRE_CHECK = path.resolve(REPO_ROOT, '../shared/tools/wire-check.mjs');
const HAS_WIRE_CHECK = existsSync(WIRE_CHECK);

describe('fake gateway: real gateway captures', () => {
  let gateway: FakeGateway;

  beforeEach(async () => {
    gateway = await startFakeGateway({ apiKey: KEY });
  });
  afterEach(async () => {
    await gateway.close();
  });

  it.skipIf(!HAS_WIRE_CHECK)(
    HAS_WIRE_CHECK
      ? 'reproduces every replayed capture (wire-check.mjs exits 0)'
      : `SKIPPED: ${WIRE_CHECK} not found, so the captures cannot be replayed here`,
    async () => {
      const { stdout } = await promisify(execFile)(process.execPath, [WIRE_CHECK, gateway.url, KEY]);
      expect(stdout).toMatch(/^\d+ passed, 0 failed$/m);
    },
    30_000,
  );
});
