// Crash safety: `ingest` of a generated corpus killed with SIGKILL at random moments, many times,
// on SQLite and on PostgreSQL; then `worker` processes killed mid-job. After every kill the store
// opens (SQLite passes its integrity check), every report of a run that finished before the kill
// is stored exactly once, a killed run stored all of its reports or none (one transaction per run),
// and nothing is stored twice; a re-run completes the set, every report annotated and in exactly
// one story's record. Seeds are printed: CROSSCHECK_SEED=<seed> replays the same kills.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { makeWorkerUtils } from 'graphile-worker';
import { BUILT, cli, doubled, finished, freshDatabase, pgReachable, prng, query, seedFor, start, storeState, writeCorpus } from './helpers/corpus.js';
import { tempDir } from './helpers/tmp.js';

const PG_UP = BUILT && (await pgReachable());
const REPORTS = 2000;
const BATCHES = 10;

interface Backend { readonly name: string; readonly kills: number; readonly skip: string | false; db(): Promise<string> }

const BACKENDS: readonly Backend[] = [
  { name: 'SQLite', kills: 12, skip: BUILT ? false : 'dist/ is not built', db: async () => join(tempDir('cc-crashdb-'), 'c.db') },
  { name: 'PostgreSQL', kills: 10, skip: PG_UP ? false : 'no PostgreSQL on 127.0.0.1:5432 (or dist/ not built)', db: () => freshDatabase('crash') },
];

/**
 * Runs the CLI and kills it `ms` after it starts, or (`ready` given) `ms` after `ready()` first
 * holds, unless it ended first; says which happened.
 */
async function killAfter(args: string[], ms: number, ready?: () => Promise<boolean>): Promise<{ killed: boolean; code: number | null; err: string }> {
  const p = start(args);
  const end = finished(p, 300_000);
  let ended = false;
  void end.then(() => (ended = true));
  while (ready && !ended && !(await ready())) await new Promise((r) => setTimeout(r, 50));
  const timer = setTimeout(() => p.kill('SIGKILL'), ms);
  const r = await end;
  clearTimeout(timer);
  return { killed: r.signal === 'SIGKILL', code: r.code, err: r.err };
}

/** Stored reports, counted without opening the store (cheap enough to poll). */
async function countStored(db: string): Promise<number> {
  if (/^postgres/.test(db)) return Number((await query<{ n: string }>(db, 'SELECT count(*) AS n FROM reports'))[0]?.n ?? 0);
  const c = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return (c.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n;
  } finally {
    c.close();
  }
}

function sqliteIntact(db: string): void {
  const check = new Database(db);
  try {
    assert.equal((check.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check, 'ok');
  } finally {
    check.close();
  }
}

for (const backend of BACKENDS) {
  test(`${backend.name}: ${backend.kills} SIGKILLs of ingest at random moments lose and double nothing`, { skip: backend.skip, timeout: 400_000 }, async (t) => {
    const seed = seedFor(`crash ${backend.name}`);
    const rnd = prng(seed);
    const dir = tempDir('cc-crash-');
    const paths = writeCorpus(dir, REPORTS, seed, BATCHES);
    const batchOf = (b: number) => paths.filter((_, i) => i % BATCHES === b);
    const db = await backend.db();
    const acknowledged = new Set<number>();
    const delays: number[] = [];
    let before = new Set<string>();
    let afterStoring = 0;
    for (let attempt = 0; delays.length < backend.kills && attempt < backend.kills * 5; attempt++) {
      // Any batch, finished ones too: a run killed while it finds nothing new must not lose them.
      const b = Math.floor(rnd() * BATCHES);
      // The first run and one in five after it are left to finish, so kills fall on a store holding acknowledged reports.
      // Of the others, half are killed at a moment after start (start-up, reading, storing), half a
      // moment after the batch is stored (annotating, reconciling): a timer alone mostly hit start-up.
      const finish = rnd() < 0.2 || attempt === 0;
      const afterStore = rnd() < 0.5 && !batchOf(b).some((p) => before.has(p));
      // A run takes a second or two: later timers would mostly find it done.
      const ms = finish ? 300_000 : Math.round(afterStore ? rnd() * 2000 : 300 + rnd() * 1500);
      const storedBefore = before.size;
      const run = await killAfter(['ingest', join(dir, `b${b}`), '--db', db, '--json', '--workers', '1'], ms,
        afterStore && !finish ? async () => (await countStored(db).catch(() => 0)) > storedBefore : undefined);
      if (run.killed) delays.push(ms);
      else {
        assert.equal(run.code, 0, `ingest of batch ${b} (seed ${seed}): ${run.err}`);
        acknowledged.add(b);
      }
      if (backend.name === 'SQLite') sqliteIntact(db);
      const state = await storeState(db, true);
      const where = `after attempt ${attempt} (batch ${b}, ${ms} ms, seed ${seed})`;
      assert.deepEqual(doubled(state.sources), [], `stored twice ${where}`);
      const stored = new Set(state.sources);
      if (run.killed && batchOf(b).some((p) => stored.has(p) && !before.has(p))) afterStoring++;
      before = stored;
      for (const a of acknowledged) assert.deepEqual(batchOf(a).filter((p) => !stored.has(p)), [], `batch ${a} acknowledged but not all stored ${where}`);
      for (let k = 0; k < BATCHES; k++) {
        const n = batchOf(k).filter((p) => stored.has(p)).length;
        assert.ok(n === 0 || n === REPORTS / BATCHES, `batch ${k} half stored (${n}) ${where}`);
      }
    }
    t.diagnostic(`${backend.name}: ${delays.length} kills at ${delays.join(', ')} ms (${afterStoring} after the run had stored its batch); ${acknowledged.size} batches acknowledged`);
    assert.equal(delays.length, backend.kills, `only ${delays.length} runs were still going when killed (seed ${seed})`);
    const again = await cli(['ingest', dir, '--db', db, '--json', '--workers', '1'], { timeoutMs: 300_000 });
    assert.equal(again.code, 0, again.err);
    const state = await storeState(db);
    assert.equal(state.sources.length, REPORTS);
    assert.deepEqual(doubled(state.sources), []);
    assert.equal(state.annotated, REPORTS, 'every report annotated after the re-run');
    assert.equal(state.inRecords.length, REPORTS, 'every report in a story record');
    assert.deepEqual(doubled(state.inRecords), [], 'no report in two records');
  });
}

const WORKER_KILLS = 5;

test(`PostgreSQL: ${WORKER_KILLS} workers killed mid-job; their jobs are taken again, nothing lost or annotated twice`, {
  skip: PG_UP ? false : 'no PostgreSQL on 127.0.0.1:5432 (or dist/ not built)', timeout: 400_000,
}, async (t) => {
  const seed = seedFor('crash worker');
  const rnd = prng(seed);
  const dir = tempDir('cc-crashw-');
  const paths = writeCorpus(dir, 1000, seed, 10);
  const db = await freshDatabase('crashw');
  const batches = Array.from({ length: 10 }, (_, b) => join(dir, `b${b}`));
  const queued = await cli(['worker', '--db', db, '--enqueue', ...batches]);
  assert.equal(queued.code, 0, queued.err);
  const held = async () => (await query<{ locked_by: string }>(db, 'SELECT DISTINCT locked_by FROM graphile_worker.jobs WHERE locked_by IS NOT NULL')).map((r) => r.locked_by);
  const dead = new Set<string>();
  const delays: number[] = [];
  for (let attempt = 0; delays.length < WORKER_KILLS && attempt < WORKER_KILLS * 3; attempt++) {
    // Killed once it holds a job, a seeded moment into it: a timer alone mostly hit start-up.
    const ms = Math.round(rnd() * 1500);
    const worker = start(['worker', '--db', db, '--once']);
    const end = finished(worker, 300_000);
    let ended = false;
    void end.then(() => (ended = true));
    while (!ended && !(await held()).some((id) => !dead.has(id))) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, ms));
    if (!ended) worker.kill('SIGKILL');
    const run = await end;
    for (const id of await held()) dead.add(id);
    if (run.signal === 'SIGKILL') delays.push(ms);
    else assert.equal(run.code, 0, run.err);
    const state = await storeState(db, true);
    assert.deepEqual(doubled(state.sources), [], `stored twice after a worker kill at ${ms} ms (seed ${seed})`);
  }
  assert.equal(delays.length, WORKER_KILLS, `only ${delays.length} workers were still going when killed (seed ${seed})`);
  // Every batch queued once more, so the drain below stores whatever a killed ingest job left.
  assert.equal((await cli(['worker', '--db', db, '--enqueue', ...batches])).code, 0);
  t.diagnostic(`workers killed ${delays.join(', ')} ms after taking a job`);

  await t.test('a later `worker --once` finishes the killed workers\' jobs by itself', async () => {
    const drained = await cli(['worker', '--db', db, '--once']);
    assert.equal(drained.code, 0, drained.err);
    assert.deepEqual(await held(), [], 'jobs still locked by killed workers');
    assert.equal((await storeState(db)).annotated, paths.length);
  });

  await t.test('with the dead workers\' locks released (graphile-worker\'s forceUnlockWorkers), every job completes', async () => {
    const dead = await held();
    t.diagnostic(`${dead.length} killed workers held jobs`);
    const utils = await makeWorkerUtils({ connectionString: db });
    try {
      await utils.forceUnlockWorkers(dead);
    } finally {
      await utils.release();
    }
    const left = () => query(db, 'SELECT id, task_identifier, queue_name, run_at, locked_by, attempts, last_error, now() AS now FROM graphile_worker.jobs');
    // A job added by the last one run (the reconcile) may be due a moment after `--once` looked.
    for (let round = 0; round < 3 && (round === 0 || (await left()).length); round++) {
      if (round) await new Promise((r) => setTimeout(r, 1500));
      const drained = await cli(['worker', '--db', db, '--once'], { timeoutMs: 300_000 });
      assert.equal(drained.code, 0, drained.err);
    }
    assert.deepEqual(await left(), [], 'queue empty');
    const state = await storeState(db);
    assert.equal(state.sources.length, paths.length, 'no report lost');
    assert.deepEqual(doubled(state.sources), []);
    assert.equal(state.annotated, paths.length);
    assert.equal(state.inRecords.length, paths.length, 'every report in one record');
    assert.deepEqual(doubled(state.inRecords), [], 'no report in two records');
  });
});
