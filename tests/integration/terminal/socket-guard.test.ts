import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TERMINAL_SOCKET_PATH } from '@/lib/terminal/protocol';
import { login, startPaddock, type PaddockServer } from '../../support/paddock-server';
import { upgradeStatus } from '../../support/raw-http';
import { makeShellHome } from '../../support/shell-home';
import { api, childPids, createTerminal, TerminalSocket } from './terminal-socket';

const shell = makeShellHome();
let server: PaddockServer;
let cookie: string;

beforeAll(async () => {
  server = await startPaddock({ HERMES_API_URL: 'http://127.0.0.1:9', ...shell.env });
  cookie = await login(server);
});
afterAll(async () => {
  await server?.stop();
  shell.remove();
});

describe('the terminal socket refuses before a shell exists', () => {
  it('refuses an upgrade without a session, with a foreign or missing Origin, or a bad Host, and spawns nothing', async () => {
    const before = childPids(server.pid);
    const host = `127.0.0.1:${server.port}`;
    const path = `${TERMINAL_SOCKET_PATH}?id=AAAAAAAAAAAAAAAA`;
    const same = `http://${host}`;
    expect(await upgradeStatus(server.port, path, { Host: host, Origin: same })).toMatch(/^HTTP\/1\.1 401/);
    expect(await upgradeStatus(server.port, path, { Host: host, Origin: same, Cookie: 'paddock_session=forged' })).toMatch(/^HTTP\/1\.1 401/);
    expect(await upgradeStatus(server.port, path, { Host: host, Origin: 'https://evil.example', Cookie: cookie })).toMatch(/^HTTP\/1\.1 403/);
    expect(await upgradeStatus(server.port, path, { Host: host, Cookie: cookie })).toMatch(/^HTTP\/1\.1 403/);
    expect(await upgradeStatus(server.port, path, { Host: 'attacker.example', Origin: 'http://attacker.example', Cookie: cookie })).toMatch(/^HTTP\/1\.1 403/);
    expect(childPids(server.pid)).toEqual(before);
    expect((await api(server, cookie, '/api/terminal/sessions')).body).toMatchObject({ terminals: [] });
  });

  it('refuses even when the terminal exists, and the count of shells proves the check would see a spawn', async () => {
    const before = childPids(server.pid).length;
    const terminal = await createTerminal(server, cookie);
    expect(childPids(server.pid)).toHaveLength(before + 1);
    const host = `127.0.0.1:${server.port}`;
    const path = `${TERMINAL_SOCKET_PATH}?id=${terminal.id}`;
    expect(await upgradeStatus(server.port, path, { Host: host, Origin: `http://${host}` })).toMatch(/^HTTP\/1\.1 401/);
    expect(await upgradeStatus(server.port, path, { Host: host, Origin: 'http://evil.example', Cookie: cookie })).toMatch(/^HTTP\/1\.1 403/);
    expect(childPids(server.pid)).toHaveLength(before + 1);
    expect(await upgradeStatus(server.port, path, { Host: host, Origin: `http://${host}`, Cookie: cookie })).toMatch(/^HTTP\/1\.1 101/);
    await api(server, cookie, `/api/terminal/sessions/${terminal.id}`, { method: 'DELETE' });
  });

  it('closes a socket to a terminal that does not exist with 4004, and one with a bad address with 4400', async () => {
    const missing = new TerminalSocket(server, cookie, { id: 'AAAAAAAAAAAAAAAA' });
    expect((await missing.closed).code).toBe(4004);
    const bad = new TerminalSocket(server, cookie, { id: '../../etc/passwd' });
    expect((await bad.closed).code).toBe(4400);
  });
});
