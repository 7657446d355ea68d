// The worker's tasks run in-process against an SQLite store, with the queue's helpers recorded:
// what each job leaves for the next.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JobHelpers } from 'graphile-worker';
import { openStore } from '../src/store/index.js';
import { makeTasks } from '../src/worker/tasks.js';
import { loadInputs } from '../src/load/index.js';
import { makeContext } from '../src/core/context.js';
import { tempDir } from './helpers/tmp.js';

/** Helpers that record the jobs a task adds. */
function recorder(): { helpers: JobHelpers; added: { identifier: string; payload: unknown }[] } {
  const added: { identifier: string; payload: unknown }[] = [];
  const helpers = {
    addJob: async (identifier: string, payload: unknown) => { added.push({ identifier, payload }); },
    addJobs: async (specs: { identifier: string; payload: unknown }[]) => { for (const s of specs) added.push({ identifier: s.identifier, payload: s.payload }); },
  } as unknown as JobHelpers;
  return { helpers, added };
}

test('an ingest run again after one killed between storing and queueing queues the stored reports with no line', async () => {
  const dir = tempDir('cc-tasks-');
  const path = join(dir, 'a.txt');
  writeFileSync(path, 'published: 2025-03-16\n\nCrews lifted 43 residents from rooftops in Lower Varnholt last night, the rescue service said.');
  const store = await openStore(':memory:');
  try {
    // The killed run: the report stored, no annotate job queued.
    const [report] = await loadInputs([path], makeContext());
    await store.putReports([report!]);
    const tasks = makeTasks(store);
    const ingest = tasks['ingest']!;
    const annotate = tasks['annotate']!;
    const { helpers, added } = recorder();
    await ingest({ path }, helpers);
    assert.deepEqual(added.map((j) => [j.identifier, (j.payload as { ids: string[] }).ids]), [['annotate', [report!.id]]]);
    // Annotated, a later run queues nothing more for it.
    await annotate(added[0]!.payload, helpers);
    const again = recorder();
    await ingest({ path }, again.helpers);
    assert.deepEqual(again.added, []);
  } finally {
    await store.close();
  }
});
