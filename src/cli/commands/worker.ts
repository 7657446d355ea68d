/**
 * `crosscheck worker --db postgres://…`: a worker process taking jobs from the
 * PostgreSQL queue; run one per core, on as many machines as share the database.
 * `crosscheck worker --enqueue INPUTS…` adds ingest jobs instead.
 */
import { resolve } from 'node:path';
import { makeWorkerUtils, run } from 'graphile-worker';
import { openStore } from '../../store/index.js';
import { makeTasks } from '../../worker/tasks.js';
import { int, parse, UsageError } from '../args.js';
import { note } from '../io.js';
import { commonOptions } from './common.js';

export const workerHelp = `crosscheck worker --db postgres://URL [--concurrency N] [--once]
crosscheck worker --db postgres://URL --enqueue INPUTS...
  Runs jobs (ingest, annotate, reconcile) from the PostgreSQL queue, or adds ingest jobs.
  --once stops when the queue is empty.`;

export async function workerCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    ...commonOptions, concurrency: { type: 'string' }, enqueue: { type: 'boolean' }, once: { type: 'boolean' },
  });
  const db = values.db;
  if (!db || !/^postgres(ql)?:\/\//.test(db)) throw new UsageError('worker needs --db postgres://… (the queue lives in PostgreSQL)');
  if (values.enqueue) {
    if (positionals.length === 0) throw new UsageError('--enqueue needs inputs');
    const utils = await makeWorkerUtils({ connectionString: db });
    try {
      await utils.migrate();
      for (const p of positionals) await utils.addJob('ingest', { path: resolve(p) });
      note(`crosscheck: queued ${positionals.length} ingest jobs`);
    } finally {
      await utils.release();
    }
    return 0;
  }
  const store = await openStore(db);
  try {
    const taskList = makeTasks(store, note, values.once ? 0 : undefined);
    const concurrency = int('concurrency', values.concurrency, 1);
    if (values.once) {
      const { runOnce } = await import('graphile-worker');
      await runOnce({ connectionString: db, concurrency, taskList, noHandleSignals: true });
      return 0;
    }
    const runner = await run({ connectionString: db, concurrency, taskList, pollInterval: 500 });
    note(`crosscheck worker: running with concurrency ${concurrency}; Ctrl-C to stop`);
    await runner.promise;
  } finally {
    await store.close();
  }
  return 0;
}
