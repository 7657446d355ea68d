// One contract suite for every store backend: SQLite and the real PostgreSQL on 127.0.0.1:5432.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import pg from 'pg';
import { makeReport } from '../src/load/index.js';
import type { ReportMeta } from '../src/model/report.js';
import type { StoryKeys } from '../src/model/story.js';
import { SCHEMA, type ExtractLine, type StoryRecord } from '../src/model/record.js';
import { openStore } from '../src/store/index.js';
import { tempDir } from './helpers/tmp.js';
import { allStoryKeys } from './helpers/store.js';

const PG_ADMIN = 'postgres://postgres@127.0.0.1:5432/test';
const keysOf = (id: string): StoryKeys => ({ id, title: null, published: '2025-03-09', names: [['Ilse Marrow', 'person', 2, 'Ilse Marrow', false]], minhash: '' });
const meta: ReportMeta = { url: null, outlet: 'Ledger', title: 'Flood', author: null, language: null, published: '2025-03-09', publishedSource: 'metadata', publishedHow: 'test', outletSource: 'metadata', extra: {} };

async function freshPostgres(): Promise<string | null> {
  const c = new pg.Client({ connectionString: PG_ADMIN, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
  } catch {
    return null;
  }
  const db = `cc_store_${process.pid}`;
  await c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await c.query(`CREATE DATABASE ${db}`);
  await c.end();
  return `postgres://postgres@127.0.0.1:5432/${db}`;
}

const pgUrl = await freshPostgres();
// The database is this run's alone: it goes when the tests are done.
after(async () => {
  if (!pgUrl) return;
  const c = new pg.Client({ connectionString: PG_ADMIN });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${new URL(pgUrl).pathname.slice(1)} WITH (FORCE)`);
  await c.end();
});
const BACKENDS: { name: string; url: string | null }[] = [
  { name: 'sqlite', url: join(tempDir('cc-store-'), 'test.db') },
  { name: 'postgres', url: pgUrl },
];

for (const backend of BACKENDS) {
  const skip = backend.url ? false : 'no PostgreSQL reachable on 127.0.0.1:5432: skipping the PostgreSQL store tests';
  test(`${backend.name}: storing the same report twice stores it once`, { skip }, async () => {
    const store = await openStore(backend.url!);
    try {
      const r = makeReport('a.txt', 'The river rose by two metres.', 'file', meta);
      const first = await store.putReports([r]);
      const second = await store.putReports([r, makeReport('b.txt', 'A second report.', 'file', meta)]);
      assert.deepEqual(first.inserted, [r.id]);
      assert.deepEqual(second.existing, [r.id]);
      assert.equal(second.inserted.length, 1);
      assert.equal(await store.countReports(), 2);
      assert.deepEqual(await store.getReport(r.id), r);
      const other = second.inserted[0]!;
      assert.deepEqual((await store.getReports([other, 'missing', r.id])).map((x) => x.id), [other, r.id], 'in the order asked, the missing left out');
      assert.equal((await store.search('river')).length, 1);
    } finally {
      await store.close();
    }
  });

  test(`${backend.name}: annotations and stories round-trip; a reopened store keeps everything`, { skip }, async () => {
    const store = await openStore(backend.url!);
    const r = makeReport('c.txt', 'Third report, stored before the failure.', 'file', meta);
    await store.putReports([r]);
    await store.putAnnotations([{ reportId: r.id, line: { schema: SCHEMA, report: { id: r.id, source: 'c.txt', outlet: null, title: null, published: null, publishedSource: null, textOrigin: 'file' }, mentions: [] }, keys: keysOf(r.id) }]);
    await store.putStory('s1', 'Flood', { schema: SCHEMA, reports: [], events: [], timeline: [], quotes: [], conflicts: [] });
    // A batch that fails half way is rolled back whole and loses nothing stored before.
    const broken = { ...makeReport('d.txt', 'Broken.', 'file', meta), id: r.id };
    await assert.rejects(store.putReports([makeReport('e.txt', 'Would be new.', 'file', meta), broken]));
    await store.close();
    const again = await openStore(backend.url!);
    try {
      assert.equal((await again.getAnnotations(r.id))?.schema, SCHEMA);
      assert.equal((await again.getStory('s1'))?.row.title, 'Flood');
      assert.equal((await again.listStories()).length, 1);
      assert.equal((await again.search('Would be new')).length, 0);
      assert.ok(await again.getReport(r.id));
    } finally {
      await again.close();
    }
  });

  test(`${backend.name}: annotations and story keys list by id; stories are replaced by id, the others left as they were`, { skip }, async () => {
    const store = await openStore(backend.url!);
    try {
      const r = makeReport('f.txt', 'A report annotated, beside others not yet.', 'file', meta);
      await store.putReports([r]);
      const line: ExtractLine = { schema: SCHEMA, report: { id: r.id, source: 'f.txt', outlet: null, title: null, published: null, publishedSource: null, textOrigin: 'file' as const }, mentions: [] };
      // One call stores a batch; an id given twice keeps its last line and keys.
      await store.putAnnotations([{ reportId: r.id, line: { ...line, report: { ...line.report, title: 'older' } }, keys: keysOf('older') }, { reportId: r.id, line, keys: keysOf(r.id) }]);
      const waiting = makeReport('g.txt', 'A report not annotated yet.', 'file', meta);
      await store.putReports([waiting]);
      assert.deepEqual(await store.listAnnotated([waiting.id, 'missing', r.id]), [{ report: waiting, line: null }, { report: r, line }]);
      const keyed = async () => (await allStoryKeys(store)).find((k) => k.keys.id === r.id);
      assert.deepEqual(await keyed(), { keys: keysOf(r.id), checked: false, duplicateOf: null });
      assert.ok(!(await allStoryKeys(store)).some((k) => k.keys.id === 'older'));
      // Pages of keys by report id, each after the last id of the one before: pages of one make what pages of a hundred make.
      const other = makeReport('h.txt', 'A third report, keyed too.', 'file', meta);
      await store.putReports([other]);
      await store.putAnnotations([{ reportId: other.id, line, keys: keysOf(other.id) }]);
      const all = await allStoryKeys(store);
      assert.ok(all.length >= 2 && all.every((k, i) => i === 0 || all[i - 1]!.keys.id < k.keys.id), 'by report id, each once');
      assert.deepEqual(await allStoryKeys(store, 1), all);
      assert.deepEqual((await store.getStoryKeys([other.id, 'missing', waiting.id, r.id])).map((k) => k.keys.id), [other.id, r.id]);
      // What grouping found is kept until the line is stored again.
      await store.putDuplicates([{ reportId: r.id, duplicateOf: null }]);
      assert.deepEqual(await keyed(), { keys: keysOf(r.id), checked: true, duplicateOf: null });
      await store.putDuplicates([{ reportId: r.id, duplicateOf: 'abc' }]);
      assert.equal((await keyed())?.duplicateOf, 'abc');
      await store.putAnnotations([{ reportId: r.id, line, keys: keysOf(r.id) }]);
      assert.equal((await keyed())?.checked, false);
      // Unkeyed: reports with no keys; those not annotated yet only when asked for.
      const unkeyed = (await store.listUnkeyed({ unannotated: true })).map((x) => x.report.id);
      assert.ok(unkeyed.includes(waiting.id) && !unkeyed.includes(r.id));
      assert.ok(!(await store.listUnkeyed({ unannotated: false })).some((x) => x.report.id === waiting.id));
      const record: StoryRecord = { schema: SCHEMA, reports: [], events: [], timeline: [], quotes: [], conflicts: [] };
      await store.putStory('old', 'Old', record);
      await store.putStory('kept', 'Kept', record);
      const kept = (await store.getStory('kept'))!.row;
      await new Promise((r) => setTimeout(r, 5));
      await store.replaceStoriesFor(['old', 'a'], [{ id: 'a', title: 'A', record }, { id: 'b', title: 'B', record }]);
      // Stories this test did not name (an earlier test's) stay too.
      const mine = async () => (await store.listStories()).filter((x) => ['old', 'kept', 'a', 'b'].includes(x.id));
      assert.deepEqual((await mine()).map((x) => x.id).sort(), ['a', 'b', 'kept']);
      await store.replaceStoriesFor(['a', 'b'], [{ id: 'b', title: 'B, grown', record }]);
      assert.deepEqual((await mine()).map((x) => [x.id, x.title]).sort(), [['b', 'B, grown'], ['kept', 'Kept']]);
      assert.deepEqual((await store.getStory('kept'))!.row, kept, 'a story not named is not rewritten');
      // Reconciles take turns: the second starts only when the first is done.
      const seen: string[] = [];
      const turn = (name: string) => store.exclusive(async () => {
        seen.push(`${name} in`);
        await new Promise((r) => setTimeout(r, 30));
        seen.push(`${name} out`);
      });
      await Promise.all([turn('one'), turn('two')]);
      // Either may go first (PostgreSQL grants the lock in no set order); neither enters while the other is in.
      const first = seen[0]!.split(' ')[0]!;
      const second = first === 'one' ? 'two' : 'one';
      assert.deepEqual(seen, [`${first} in`, `${first} out`, `${second} in`, `${second} out`]);
    } finally {
      await store.close();
    }
  });

  test(`${backend.name}: a failure is kept with its reason, counted apart from pending reports, never offered again, and gone once a line is stored`, { skip }, async () => {
    const store = await openStore(backend.url!);
    try {
      const failing = makeReport('fail-a.txt', 'A report the annotators gave up on.', 'file', meta);
      const waiting = makeReport('fail-b.txt', 'A report still waiting for its line.', 'file', meta);
      const before = await store.pending();
      await store.putReports([failing, waiting]);
      assert.deepEqual(await store.pending(), { unannotated: before.unannotated + 2, failed: before.failed, queued: 0 });
      await store.putFailures([{ reportId: failing.id, code: 'CC111', message: 'too long to annotate' }]);
      assert.deepEqual(await store.pending(), { unannotated: before.unannotated + 1, failed: before.failed + 1, queued: 0 });
      const kept = (await store.listFailures()).find((f) => f.reportId === failing.id);
      assert.deepEqual({ ...kept, failedAt: typeof kept?.failedAt }, { reportId: failing.id, source: 'fail-a.txt', code: 'CC111', message: 'too long to annotate', failedAt: 'string' });
      const offered = (await store.listUnkeyed({ unannotated: true })).map((a) => a.report.id);
      assert.ok(!offered.includes(failing.id) && offered.includes(waiting.id));
      const line: ExtractLine = { schema: SCHEMA, report: { id: failing.id, source: 'fail-a.txt', outlet: null, title: null, published: null, publishedSource: null, textOrigin: 'file' }, mentions: [] };
      await store.putAnnotations([{ reportId: failing.id, line, keys: keysOf(failing.id) }]);
      assert.deepEqual(await store.pending(), { unannotated: before.unannotated + 1, failed: before.failed, queued: 0 });
    } finally {
      await store.close();
    }
  });
}
