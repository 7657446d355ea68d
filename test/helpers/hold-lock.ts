// Holds a store's reconcile lock (`exclusive`) for a while in a process of its own, writing to a
// log when it enters and leaves: node --import tsx hold-lock.ts DB NAME MILLISECONDS LOG
import { appendFileSync } from 'node:fs';
import { openStore } from '../../src/store/index.js';

const [db, name, ms, log] = process.argv.slice(2) as [string, string, string, string];
const store = await openStore(db);
await store.exclusive(async () => {
  appendFileSync(log, `${name} in\n`);
  await new Promise((r) => setTimeout(r, Number(ms)));
  appendFileSync(log, `${name} out\n`);
});
await store.close();
