// Runs the fake gateway as its own process for the demo and end-to-end tests:
//   npx tsx tests/fake-gateway/cli.ts --port 8642 --key KEY --hermes-home DIR
// Optional: --host ADDR, --scenario '{"kind":"slow_tokens","delayMs":40}' (see scenario.ts).
import { parseArgs } from 'node:util';
import { scenarioSchema, startFakeGateway } from './index';

const USAGE = 'usage: cli.ts [--port N] [--host ADDR] [--key KEY] [--hermes-home DIR [--session-api]] [--scenario JSON]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function readOptions() {
  try {
    return parseArgs({
      options: {
        port: { type: 'string', default: '8642' },
        host: { type: 'string', default: '127.0.0.1' },
        key: { type: 'string' },
        'hermes-home': { type: 'string' },
        'session-api': { type: 'boolean', default: false },
        scenario: { type: 'string' },
      },
    }).values;
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

function parseScenario(text: string) {
  try {
    return scenarioSchema.parse(JSON.parse(text));
  } catch (error) {
    return fail(`--scenario: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const options = readOptions();
const port = Number(options.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) fail(`--port: not a port number: ${options.port}`);

const gateway = await startFakeGateway({ port, host: options.host, apiKey: options.key, hermesHome: options['hermes-home'], sessionApi: options['session-api'] });
if (options.scenario !== undefined) gateway.setScenario(parseScenario(options.scenario));
console.log(`fake hermes gateway listening on ${gateway.url}`);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void gateway.close();
  });
}
