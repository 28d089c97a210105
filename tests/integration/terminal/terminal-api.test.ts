import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, startPaddock, TEST_PASSWORD, type PaddockServer } from '../../support/paddock-server';
import { makeShellHome } from '../../support/shell-home';
import { api, childPids, createTerminal, TerminalSocket } from './terminal-socket';

/** Set on the server so the test can prove none of them reaches the shell. */
const SECRETS = {
  CLAUDE_PASSWORD: TEST_PASSWORD,
  HERMES_PASSWORD: 'hermes-password-should-not-leak',
  SESSION_SECRET: 'session-secret-should-not-leak-0123456789abcdef',
  HERMES_API_KEY: 'hermes-api-key-should-not-leak',
  HERMES_API_TOKEN: 'hermes-api-token-should-not-leak',
  API_SERVER_KEY: 'api-server-key-should-not-leak',
};
const MAX_OPEN = 3;

const shell = makeShellHome();
let server: PaddockServer;
let cookie: string;

beforeAll(async () => {
  server = await startPaddock({ HERMES_API_URL: 'http://127.0.0.1:9', TERMINAL_MAX_OPEN: String(MAX_OPEN), TERMINAL_CWD: '/tmp', ...shell.env, ...SECRETS });
  cookie = await login(server);
});
afterAll(async () => {
  await server?.stop();
  shell.remove();
});

async function closeAll(): Promise<void> {
  const { body } = await api(server, cookie, '/api/terminal/sessions');
  for (const t of (body as { terminals: { id: string }[] }).terminals) await api(server, cookie, `/api/terminal/sessions/${t.id}`, { method: 'DELETE' });
}

describe('terminal sessions over HTTP and WebSocket (production build)', () => {
  it('shares one manager between Next route handlers and the socket: a terminal made over HTTP is attached over WebSocket', async () => {
    const created = await createTerminal(server, cookie, { name: 'shared' });
    const socket = new TerminalSocket(server, cookie, { id: created.id });
    await socket.waitFor(/\$ |# /);
    expect(socket.messages[0]).toMatchObject({ type: 'attached', terminal: { id: created.id, name: 'shared', attached: true } });
    const { body } = await api(server, cookie, '/api/terminal/sessions');
    expect(body).toMatchObject({ max: MAX_OPEN, terminals: [{ id: created.id, status: 'running', attached: true }] });
    socket.close();
    await socket.closed;
    await closeAll();
  });

  it('runs a real shell in TERMINAL_CWD whose environment holds none of Paddock’s secrets', async () => {
    const { id } = await createTerminal(server, cookie);
    const socket = new TerminalSocket(server, cookie, { id });
    await socket.opened();
    socket.type('pwd; env; echo __END__$((40+2))\r');
    const output = await socket.waitFor(/__END__42/);
    expect(output).toMatch(/^\/tmp\r?$/m);
    expect(output).toMatch(/^TERM=xterm-256color\r?$/m);
    for (const [name, value] of Object.entries(SECRETS)) {
      expect(output).not.toContain(`${name}=`);
      expect(output).not.toContain(value);
    }
    socket.close();
    await closeAll();
  });

  it('resizes the PTY from a zod-checked message, and closes a socket that sends a bad or oversized one without ending the shell', async () => {
    const { id } = await createTerminal(server, cookie);
    const socket = new TerminalSocket(server, cookie, { id });
    await socket.opened();
    socket.send({ type: 'resize', cols: 123, rows: 45 });
    socket.type('stty size\r');
    await socket.waitFor(/^45 123\r?$/m);
    socket.send({ type: 'resize', cols: 1e9, rows: 45 });
    expect((await socket.closed).code).toBe(4400);
    const flood = new TerminalSocket(server, cookie, { id });
    await flood.opened();
    flood.send({ type: 'input', data: 'x'.repeat(256 * 1024) });
    expect((await flood.closed).code).toBe(1009);
    expect((await api(server, cookie, '/api/terminal/sessions')).body).toMatchObject({ terminals: [{ id, status: 'running' }] });
    await closeAll();
  });

  it('keeps the shell when the socket goes, and a reattach from the last offset replays only what was missed', async () => {
    const { id } = await createTerminal(server, cookie);
    const first = new TerminalSocket(server, cookie, { id });
    await first.opened();
    first.type('echo before-$((1+1))\r');
    await first.waitFor(/before-2/);
    const shells = childPids(server.pid).length;
    // The shell's own sleep keeps the output for after the socket is gone.
    first.type('sleep 1; echo while-away-$((2+3))\r');
    await first.waitFor(/sleep 1; echo while-away-\$\(\(2\+3\)\)\r\n/);
    const seen = first.received();
    first.close();
    await first.closed;
    expect(childPids(server.pid)).toHaveLength(shells);
    // The client sees the close handshake before the server's socket has finished closing.
    const listedTerminal = async () => ((await api(server, cookie, '/api/terminal/sessions')).body as { terminals: { id: string; attached: boolean; status: string }[] }).terminals.find((t) => t.id === id);
    await expect.poll(listedTerminal, { timeout: 5_000 }).toMatchObject({ attached: false, status: 'running' });
    const again = new TerminalSocket(server, cookie, { id, since: seen });
    const replayed = await again.waitFor(/while-away-5/);
    expect(replayed).not.toContain('before-2');
    again.close();
    await closeAll();
  });

  it('types a requested command in without running it, and refuses one with control characters', async () => {
    const { id } = await createTerminal(server, cookie, { typeIn: 'echo typed-$((3*3))' });
    const socket = new TerminalSocket(server, cookie, { id });
    await socket.waitFor(/echo typed-\$\(\(3\*3\)\)/);
    expect(socket.text()).not.toContain('typed-9');
    socket.type('\r');
    await socket.waitFor(/typed-9/);
    socket.close();
    const refused = await api(server, cookie, '/api/terminal/sessions', { method: 'POST', json: { typeIn: 'rm -rf ~\n' } });
    expect(refused).toMatchObject({ status: 400, body: { code: 'bad_request', message: expect.stringMatching(/control characters/) } });
    await closeAll();
  });

  it('renames and closes over HTTP; closing ends the shell and closes its socket with 4000', async () => {
    const { id } = await createTerminal(server, cookie);
    expect(await api(server, cookie, `/api/terminal/sessions/${id}`, { method: 'PATCH', json: { name: 'build' } })).toMatchObject({ status: 200, body: { name: 'build' } });
    expect((await api(server, cookie, `/api/terminal/sessions/${id}`, { method: 'PATCH', json: { name: '' } })).status).toBe(400);
    const socket = new TerminalSocket(server, cookie, { id });
    await socket.opened();
    const shells = childPids(server.pid).length;
    expect(await api(server, cookie, `/api/terminal/sessions/${id}`, { method: 'DELETE' })).toMatchObject({ status: 200, body: { ok: true } });
    expect((await socket.closed).code).toBe(4000);
    await expect.poll(() => childPids(server.pid).length).toBe(shells - 1);
    expect(await api(server, cookie, `/api/terminal/sessions/${id}`, { method: 'DELETE' })).toMatchObject({ status: 404, body: { code: 'not_found' } });
  });

  it('refuses a terminal beyond TERMINAL_MAX_OPEN with 409 and a message that says what to do', async () => {
    for (let i = 0; i < MAX_OPEN; i += 1) await createTerminal(server, cookie);
    const refused = await api(server, cookie, '/api/terminal/sessions', { method: 'POST', json: {} });
    expect(refused).toMatchObject({ status: 409, body: { code: 'conflict', message: expect.stringMatching(/3 terminals are open.*Close one/) } });
    await closeAll();
  });

  it('ends every terminal on logout', async () => {
    const { id } = await createTerminal(server, cookie);
    await createTerminal(server, cookie);
    const socket = new TerminalSocket(server, cookie, { id });
    await socket.opened();
    const logout = await fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: { Cookie: cookie }, redirect: 'manual' });
    expect(logout.status).toBe(303);
    expect(await socket.closed).toMatchObject({ code: 4000, reason: 'You logged out.' });
    const fresh = await login(server);
    expect((await api(server, fresh, '/api/terminal/sessions')).body).toMatchObject({ terminals: [] });
  });
});
