// Two workers and a watcher on one PostgreSQL database: no report lost, none stored twice, the
// input's two stories stored as two, and each story's record equals what one `analyze` of its
// reports gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from '../src/store/index.js';
import { STRIKE_FILES } from './fixtures/strike.js';
import { tempDir } from './helpers/tmp.js';
import { BIN, cli, PG_ADMIN, pgReachable, ROOT } from './helpers/corpus.js';

const ready = existsSync(join(ROOT, 'dist', 'cli', 'main.js')) && (await pgReachable());

test('two workers and a watcher share one database without loss or duplication', {
  skip: ready ? false : 'no PostgreSQL on 127.0.0.1:5432 (or dist/ not built): skipping the concurrency test',
  timeout: 300_000,
}, async () => {
  const db = `cc_conc_${process.pid}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${db}`);
  await admin.query(`CREATE DATABASE ${db}`);
  await admin.end();
  const url = `postgres://postgres@127.0.0.1:5432/${db}`;
  try {
    const files = readdirSync(join(ROOT, 'examples')).filter((f) => /\.(txt|html|xml)$/.test(f)).map((f) => join(ROOT, 'examples', f));
    const feedDir = tempDir('cc-conc-');
    mkdirSync(feedDir, { recursive: true });
    const feed = files.find((f) => f.endsWith('.xml'));
    const strikeFiles = Object.entries(STRIKE_FILES).map(([name, text]) => {
      writeFileSync(join(feedDir, name), text);
      return join(feedDir, name);
    });
    // Every file is queued twice: the second copy must be a no-op.
    const queued = await cli(['worker', '--db', url, '--enqueue', ...files, ...strikeFiles, ...files, ...strikeFiles]);
    assert.equal(queued.code, 0, queued.err);
    const jobs = [cli(['worker', '--db', url, '--once']), cli(['worker', '--db', url, '--once'])];
    if (feed) {
      copyFileSync(feed, join(feedDir, 'feed.xml'));
      jobs.push(cli(['watch', join(feedDir, 'feed.xml'), '--db', url, '--once']));
    }
    for (const r of await Promise.all(jobs)) assert.equal(r.code, 0, r.err);
    // Drain what the watcher or a late worker left queued.
    assert.equal((await cli(['worker', '--db', url, '--once'])).code, 0);
    const store = await openStore(url);
    const stored = await store.listReports();
    const stories = await Promise.all((await store.listStories()).map(async (s) => (await store.getStory(s.id))!.record));
    await store.close();
    const analyzed = (inputs: string[]) => JSON.parse(spawnSync(process.execPath, [BIN, 'analyze', ...inputs, '--format', 'json'], { cwd: ROOT, encoding: 'utf8' }).stdout);
    const expected = [analyzed(files), analyzed(strikeFiles)];
    assert.equal(new Set(stored.map((r) => r.contentHash)).size, stored.length, 'no report stored twice');
    assert.equal(stored.length, expected[0].reports.length + expected[1].reports.length, 'no report lost');
    assert.equal(stories.length, 2, 'each story was reconciled on its own');
    const strip = (r: { reports: { id: string }[]; events: unknown; conflicts: unknown }) => ({
      reports: r.reports.map((x) => x.id).sort(), events: r.events, conflicts: r.conflicts,
    });
    assert.deepEqual(stories.map((r) => strip(r as never)).sort((a, b) => b.reports.length - a.reports.length), expected.map(strip));
  } finally {
    const a = new pg.Client({ connectionString: PG_ADMIN });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await a.end();
  }
});
