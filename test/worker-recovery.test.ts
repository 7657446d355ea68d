// A worker killed while it holds a job: the job is not left locked for graphile-worker's four hours;
// the next worker (here `worker --once`) runs it again, and every report is stored once and annotated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from '../src/store/index.js';
import { tempDir } from './helpers/tmp.js';
import { BIN, cli, PG_ADMIN, pgReachable, ROOT } from './helpers/corpus.js';

const ready = existsSync(join(ROOT, 'dist', 'cli', 'main.js')) && (await pgReachable());
const REPORTS = 600;

test('jobs held by a killed worker run again at the next worker start, not four hours later', {
  skip: ready ? false : 'no PostgreSQL on 127.0.0.1:5432 (or dist/ not built): skipping the worker recovery test',
  timeout: 180_000,
}, async () => {
  const db = `cc_recover_${process.pid}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${db}`);
  const url = `postgres://postgres@127.0.0.1:5432/${db}`;
  const queue = new pg.Client({ connectionString: url });
  try {
    const input = join(tempDir('cc-recover-'), 'wire.jsonl');
    writeFileSync(input, Array.from({ length: REPORTS }, (_, i) => JSON.stringify({
      outlet: 'Harrow Wire', published: '2025-03-06',
      text: `Crews of the Harrow Water Board cleared ${i + 3} drains on Monday, and ${i + 40} families went home, the board said.`,
    })).join('\n'));
    assert.equal((await cli(['worker', '--db', url, '--enqueue', input])).code, 0);
    await queue.connect();
    const locked = async () => Number((await queue.query('SELECT count(*) AS n FROM graphile_worker._private_jobs WHERE locked_by IS NOT NULL')).rows[0].n);

    const worker = spawn(process.execPath, [BIN, 'worker', '--db', url], { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise((r) => worker.on('exit', r));
    while ((await locked()) === 0) await new Promise((r) => setTimeout(r, 10));
    worker.kill('SIGKILL');
    await exited;
    assert.ok((await locked()) > 0, 'the killed worker left a job locked');
    const listed = await cli(['stories', '--db', url]);
    assert.equal(listed.code, 0, listed.err);
    assert.match(listed.err, /\d+ job\(s\) in the worker queue not done yet/, 'stories says nothing of the pending work');

    const again = await cli(['worker', '--db', url, '--once']);
    assert.equal(again.code, 0, again.err);
    assert.match(again.err, /ran again the jobs held by 1 worker process\(es\) that had ended/);
    assert.equal(await locked(), 0, JSON.stringify((await queue.query('SELECT task_identifier, locked_by, run_at, attempts, last_error FROM graphile_worker.jobs')).rows) + again.err);
    assert.equal(Number((await queue.query('SELECT count(*) AS n FROM graphile_worker._private_jobs')).rows[0].n), 0, 'jobs left in the queue');
    const store = await openStore(url);
    try {
      assert.equal(await store.countReports(), REPORTS);
      assert.deepEqual(await store.pending(), { unannotated: 0, failed: 0, queued: 0 });
      assert.equal((await store.listStories()).reduce((n, s) => n + s.reports.length, 0), REPORTS);
    } finally {
      await store.close();
    }
  } finally {
    await queue.end().catch(() => {});
    await admin.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin.end();
  }
});
