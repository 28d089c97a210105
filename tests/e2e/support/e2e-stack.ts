import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startFakeGateway, type FakeGateway, type FakeGatewayOptions } from '../../fake-gateway';
import { copyFixtureHome, startPaddock, type PaddockServer } from '../../support/paddock-server';
import { makeShellHome, type ShellHome } from '../../support/shell-home';
import { launchChromium } from './browser';

export interface E2eStackOptions {
  /** The fake gateway with the bearer key both sides use (and its other options), or none: Paddock then gets no gateway URL or key. */
  gateway: ({ key: string } & Pick<FakeGatewayOptions, 'sessionApi'>) | false;
  /** The HERMES_HOME: a private copy of the fixture (the default), an empty directory for `prepareHome` to fill, or none. */
  home?: 'fixture' | 'empty' | false;
  /** Writes to the home before anything starts. */
  prepareHome?: (home: string) => void;
  /** False hands the home to the fake gateway only, so Paddock reads the agent's data through the gateway's API. */
  paddockReadsHome?: boolean;
  /** A bash with a HOME of its own for Paddock's terminal (tests/support/shell-home). */
  terminalShell?: boolean;
  /** More Paddock environment, e.g. FILES_WRITABLE or SKILLS_INDEX_URL. */
  env?: Record<string, string>;
  /** False when the file launches its browsers itself. */
  browser?: boolean;
}

export interface E2eStack {
  readonly home: string;
  readonly gateway: FakeGateway;
  readonly server: PaddockServer;
  readonly browser: Browser;
}

/** Read before beforeAll has run, or a part this stack was asked not to start: a plain error instead of `undefined`. */
function started<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`the e2e stack has no ${name}: not started yet, or turned off in its options`);
  return value;
}

/**
 * Registers a beforeAll that makes the home and starts the fake gateway, Paddock and Chromium, and an
 * afterAll that closes them in reverse and removes the home; the returned parts are there once beforeAll has run.
 */
export function useE2eStack(options: E2eStackOptions): E2eStack {
  let home: string | undefined;
  let shell: ShellHome | undefined;
  let gateway: FakeGateway | undefined;
  let server: PaddockServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    const homeKind = options.home ?? 'fixture';
    if (homeKind === 'fixture') home = copyFixtureHome();
    if (homeKind === 'empty') home = fs.mkdtempSync(path.join(os.tmpdir(), 'paddock-home-'));
    if (home) options.prepareHome?.(home);
    if (options.gateway) gateway = await startFakeGateway({ apiKey: options.gateway.key, hermesHome: home, sessionApi: options.gateway.sessionApi });
    if (options.terminalShell) shell = makeShellHome();
    server = await startPaddock({
      ...(gateway && options.gateway ? { HERMES_API_URL: gateway.url, HERMES_API_KEY: options.gateway.key } : {}),
      ...(home && options.paddockReadsHome !== false ? { HERMES_HOME: home } : {}),
      ...shell?.env,
      ...options.env,
    });
    if (options.browser !== false) browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await gateway?.close();
    shell?.remove();
    if (home) fs.rmSync(home, { recursive: true, force: true });
  });

  return {
    get home() {
      return started(home, 'HERMES_HOME');
    },
    get gateway() {
      return started(gateway, 'fake gateway');
    },
    get server() {
      return started(server, 'Paddock server');
    },
    get browser() {
      return started(browser, 'browser');
    },
  };
}
