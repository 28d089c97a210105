// Child-process probe for state-db.test.ts: runs inside a private mount namespace where HERMES_HOME is a
// read-only bind mount, and reports how state.db was opened and what it saw.
import { closeStateDbs, getStateDbEntry, listSessions } from '../../../../lib/hermes-home/index';

const home = process.argv[2] ?? '';
const { mode } = getStateDbEntry(home);
const { total } = await listSessions({ home, limit: 1 });
closeStateDbs();
process.stdout.write(`${JSON.stringify({ mode, total })}\n`);
