/**
 * `crosscheck worker --db postgres://…`: a worker process taking jobs from the
 * PostgreSQL queue; run one per core, on as many machines as share the database.
 * `crosscheck worker --enqueue INPUTS…` adds ingest jobs instead. Jobs a killed
 * worker held are unlocked when a worker starts and every 30 s (src/worker/liveness.ts).
 */
import { EventEmitter } from 'node:events';
import { resolve } from 'node:path';
import { makeWorkerUtils, run, runOnce, type WorkerEvents } from 'graphile-worker';
import { openStore } from '../../store/index.js';
import { makeTasks } from '../../worker/tasks.js';
import { Liveness, RECOVER_INTERVAL_MS } from '../../worker/liveness.js';
import { int, parse, UsageError } from '../args.js';
import { note } from '../io.js';
import { commonOptions, optionsFrom } from './common.js';
import type { Options } from '../../core/options.js';

export const workerHelp = `crosscheck worker --db postgres://URL [--concurrency N] [--once]
crosscheck worker --db postgres://URL --enqueue INPUTS...
  Runs jobs (ingest, annotate, reconcile) from the PostgreSQL queue, or adds ingest jobs.
  --once stops when the queue is empty. Jobs held by a worker whose process ended are run again.`;

export async function workerCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    ...commonOptions, concurrency: { type: 'string' }, enqueue: { type: 'boolean' }, once: { type: 'boolean' },
  });
  const db = values.db;
  if (!db || !/^postgres(ql)?:\/\//.test(db)) throw new UsageError('worker needs --db postgres://… (the queue lives in PostgreSQL)');
  const utils = await makeWorkerUtils({ connectionString: db });
  try {
    await utils.migrate();
    if (values.enqueue) {
      if (positionals.length === 0) throw new UsageError('--enqueue needs inputs');
      for (const p of positionals) await utils.addJob('ingest', { path: resolve(p) });
      note(`crosscheck: queued ${positionals.length} ingest jobs`);
      return 0;
    }
    return await work(db, utils, { once: values.once ?? false, concurrency: int('concurrency', values.concurrency, 1), options: optionsFrom(values) });
  } finally {
    await utils.release();
  }
}

async function work(db: string, utils: Awaited<ReturnType<typeof makeWorkerUtils>>, opts: { once: boolean; concurrency: number; options: Partial<Options> }): Promise<number> {
  const liveness = await Liveness.open(db);
  const store = await openStore(db);
  let sweep: NodeJS.Timeout | undefined;
  try {
    const recover = async () => {
      const dead = await liveness.recover(utils);
      if (dead.length) note(`crosscheck worker: ran again the jobs held by ${dead.length} worker process(es) that had ended`);
    };
    await recover();
    const events: WorkerEvents = new EventEmitter();
    // Registered as the pool is made, before its first job is taken: a job is locked in the pool's name.
    events.on('pool:create', ({ workerPool }) => {
      liveness.register(workerPool.id).catch((e: Error) => note(`crosscheck worker: could not register ${workerPool.id} (${e.message})`));
    });
    const taskList = makeTasks(store, note, opts.once ? 0 : undefined, opts.options);
    if (opts.once) {
      await runOnce({ connectionString: db, concurrency: opts.concurrency, taskList, noHandleSignals: true, events });
      return 0;
    }
    const runner = await run({ connectionString: db, concurrency: opts.concurrency, taskList, pollInterval: 500, events });
    sweep = setInterval(() => void recover().catch((e: Error) => note(`crosscheck worker: ${e.message}`)), RECOVER_INTERVAL_MS);
    note(`crosscheck worker: running with concurrency ${opts.concurrency}; Ctrl-C to stop`);
    await runner.promise;
    return 0;
  } finally {
    clearInterval(sweep);
    await store.close();
    await liveness.close();
  }
}
