/**
 * `npm run demo`: the real Paddock server against the bundled fake Hermes gateway and a copy of the
 * fixture agent data, so every screen has something to show. Nothing here is used by `npm start`.
 */
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { startFakeGateway } from '../tests/fake-gateway';
import { serverBundlePath } from './build-server';
import { SERVER_MEMORY_ENV } from './server-env';
import { ensureBuild } from './ensure-build';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = path.join(root, 'data/demo');
const home = path.join(dataDir, 'hermes-home');
const password = process.env.CLAUDE_PASSWORD ?? 'paddock';
const key = crypto.randomBytes(16).toString('hex');

ensureBuild();
// A fresh copy each run: the demo may edit files, the fixture in the repo must stay as Hermes wrote it.
fs.rmSync(home, { recursive: true, force: true });
fs.mkdirSync(dataDir, { recursive: true });
fs.cpSync(path.join(root, 'tests/fixtures/hermes-home'), home, { recursive: true });

const gateway = await startFakeGateway({ apiKey: key, hermesHome: home });
const server = spawn(process.execPath, [serverBundlePath('.next')], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'production',
    ...SERVER_MEMORY_ENV,
    PORT: process.env.PORT ?? '3000',
    CLAUDE_PASSWORD: password,
    HERMES_API_URL: gateway.url,
    HERMES_API_KEY: key,
    HERMES_HOME: home,
    DATA_DIR: dataDir,
    // The skills catalogue from a small local copy of the Hermes Skills Index: the demo never goes online.
    SKILLS_INDEX_URL: path.join(root, 'tests/fixtures/skills-index/index.json'),
  },
});
console.log(`[demo] fake Hermes gateway on ${gateway.url}; log in with the password "${password}"`);

const stop = () => {
  server.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => {
  void gateway.close().then(() => process.exit(code ?? 0));
});
