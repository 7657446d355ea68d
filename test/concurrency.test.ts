// Two `ingest` processes at once on one store (an SQLite file; a PostgreSQL database) with `serve`
// reading it all the while: both end well, no SQLITE_BUSY ("database is locked") reaches the
// user, every read is answered, and the reports the two runs share are stored once, none lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BUILT, cli, doubled, freshDatabase, pgReachable, seedFor, startServe, storeState, writeCorpus } from './helpers/corpus.js';
import { tempDir } from './helpers/tmp.js';

const PG_UP = BUILT && (await pgReachable());
const REPORTS = 600;

const BACKENDS = [
  { name: 'SQLite', skip: BUILT ? false : 'dist/ is not built', db: async () => join(tempDir('cc-concdb-'), 'c.db') },
  { name: 'PostgreSQL', skip: PG_UP ? false : 'no PostgreSQL on 127.0.0.1:5432 (or dist/ not built)', db: () => freshDatabase('conc') },
] as const;

/**
 * Reads the server's pages and API in a loop until `until` settles; the path and status of each
 * read. A story listed a moment ago may be gone when read (404): a story takes the id of its
 * earliest report, so a run storing an earlier one renames it.
 */
async function readWhile(url: string, until: Promise<unknown>): Promise<{ path: string; status: number }[]> {
  let done = false;
  void until.finally(() => (done = true));
  const statuses: { path: string; status: number }[] = [];
  const reader = async () => {
    while (!done) {
      const stories = await fetch(`${url}/api/stories`);
      statuses.push({ path: '/api/stories', status: stories.status });
      const list = (await stories.json()) as { id: string }[];
      for (const path of ['/', '/api/search?q=Report', ...list.slice(0, 2).map((s) => `/api/stories/${s.id}`)]) {
        const r = await fetch(url + path);
        await r.arrayBuffer();
        statuses.push({ path, status: r.status });
      }
    }
  };
  await Promise.all([reader(), reader(), reader()]);
  return statuses;
}

for (const backend of BACKENDS) {
  test(`${backend.name}: two ingests at once with serve reading; nothing lost, doubled or locked`, { skip: backend.skip, timeout: 300_000 }, async (t) => {
    const seed = seedFor(`concurrency ${backend.name}`);
    const dir = tempDir('cc-conc-');
    const paths = writeCorpus(join(dir, 'all'), REPORTS, seed);
    // The two runs share a third of the reports: both try to store those at the same moment.
    const halves = [paths.slice(0, (REPORTS * 2) / 3), paths.slice(REPORTS / 3)].map((part, i) => {
      const to = join(dir, `run${i}`);
      mkdirSync(to);
      for (const p of part) copyFileSync(p, join(to, basename(p)));
      return to;
    });
    const db = await backend.db();
    // The store exists before serve opens it, as it would in use.
    const seedRun = await cli(['ingest', paths[0]!, '--db', db]);
    assert.equal(seedRun.code, 0, seedRun.err);
    const server = await startServe(db);
    try {
      const runs = Promise.all(halves.map((h) => cli(['ingest', h, '--db', db, '--json', '--workers', '1'], { timeoutMs: 240_000 })));
      const statuses = await readWhile(server.url, runs);
      const results = await runs;
      for (const r of results) {
        assert.equal(r.code, 0, r.err);
        assert.doesNotMatch(r.err, /SQLITE_BUSY|database is locked|deadlock|internal error/i);
      }
      const inserted = results.map((r) => (JSON.parse(r.out) as { inserted: number }).inserted);
      const renamed = statuses.filter((r) => r.status === 404 && r.path.startsWith('/api/stories/')).length;
      t.diagnostic(`${backend.name}: inserted ${inserted.join(' + ')}; ${statuses.length} reads during the runs (${renamed} of a story renamed since listed)`);
      assert.equal(inserted[0]! + inserted[1]!, REPORTS - 1, 'each shared report counted as new by exactly one run');
      assert.ok(statuses.length > 0);
      assert.deepEqual(statuses.filter((r) => r.status !== 200 && !(r.status === 404 && r.path.startsWith('/api/stories/'))), [], 'every read answered');
      const state = await storeState(db);
      assert.equal(state.ids.length, REPORTS, 'no report lost');
      assert.deepEqual(doubled(state.ids), [], 'no report stored twice');
      assert.equal(state.annotated, REPORTS);
      assert.equal(state.inRecords.length, REPORTS);
      assert.deepEqual(doubled(state.inRecords), []);
    } finally {
      const stopped = await server.stop();
      assert.doesNotMatch(stopped.err, /SQLITE_BUSY|database is locked|internal error/i);
    }
  });
}
