import { afterAll, beforeAll } from 'vitest';
import { startFakeGateway, type FakeGateway } from '../fake-gateway';
import { login, startPaddock, type PaddockServer } from './paddock-server';

export interface GatewayStack {
  gateway: FakeGateway;
  server: PaddockServer;
  /** A signed-in session's `Cookie` header value. */
  cookie: string;
}

/**
 * For an integration suite: a fake gateway, the real server in front of it, and a signed-in
 * session, started before the suite and stopped after it. Read the fields inside tests only.
 */
export function useGatewayStack(key: string): GatewayStack {
  const stack = {} as GatewayStack;
  beforeAll(async () => {
    stack.gateway = await startFakeGateway({ apiKey: key });
    stack.server = await startPaddock({ HERMES_API_URL: stack.gateway.url, HERMES_API_KEY: key });
    stack.cookie = await login(stack.server);
  });
  afterAll(async () => {
    await stack.server?.stop();
    await stack.gateway?.close();
  });
  return stack;
}
