// A store mixing two stories holds two stories, each with its own record under the id of its
// earliest report, from the worker's reconcile, `ingest`, the server's upload path and `watch`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ingestCommand } from '../src/cli/commands/ingest.js';
import { pollOnce } from '../src/cli/commands/watch.js';
import { loadInputs } from '../src/load/index.js';
import type { Report } from '../src/model/report.js';
import { analyzeReports, annotateEach, canonicalOrder } from '../src/pipeline/analyze.js';
import { makeContext } from '../src/core/context.js';
import { annotationOf } from '../src/corpus/stored.js';
import { planStories, reconcileStore } from '../src/corpus/stories.js';
import { createApp } from '../src/server/app.js';
import { openStore, type Store } from '../src/store/index.js';
import Database from 'better-sqlite3';
import { STRIKE_FEED, STRIKE_FILES } from './fixtures/strike.js';
import { tempDir } from './helpers/tmp.js';
import { allStoryKeys } from './helpers/store.js';

const ROOT = resolve(import.meta.dirname, '..');
const json = (x: unknown) => JSON.parse(JSON.stringify(x));

async function mixed(): Promise<{ flood: Report[]; strike: Report[] }> {
  const dir = tempDir('cc-mixed-');
  for (const [name, text] of Object.entries(STRIKE_FILES)) writeFileSync(join(dir, name), text);
  return { flood: await loadInputs([join(ROOT, 'examples')], makeContext()), strike: await loadInputs([dir], makeContext()) };
}

/** Stores reports as annotate jobs do (each annotated alone, its line and keys stored) and reconciles. */
async function put(store: Store, reports: readonly Report[]) {
  await store.putReports(reports);
  await store.putAnnotations(annotateEach(reports, makeContext()).map((d) => annotationOf(d)));
  return reconcileStore(store, makeContext(), { annotateUnannotated: false });
}

/** Every stored story: id, title, reports and record, by id. */
async function storedStories(store: Store) {
  const rows = (await store.listStories()).sort((a, b) => a.id.localeCompare(b.id));
  return Promise.all(rows.map(async (r) => ({ id: r.id, title: r.title, reports: r.reports, record: json((await store.getStory(r.id))!.record) })));
}

test('reconcile: a mixed store gives two stories, each the record analyze gives for its reports alone', async () => {
  const { flood, strike } = await mixed();
  const [firstStrike, laterStrike] = canonicalOrder(strike);
  const store = await openStore(':memory:');
  try {
    const before = await put(store, [firstStrike!, ...flood]);
    assert.equal(before.stories, 2);
    assert.equal(before.rebuilt.length, 2);
    const rows = new Map((await store.listStories()).map((s) => [s.id, s]));
    const floodId = canonicalOrder(flood)[0]!.id;
    await new Promise((r) => setTimeout(r, 5));
    const after = await put(store, [laterStrike!]);
    // Only the story that received the report is rebuilt; a story is known by its earliest report, so it keeps its id.
    assert.deepEqual(after.rebuilt.map((s) => s.id), [firstStrike!.id]);
    assert.deepEqual(after.removed, []);
    const strikeStory = (await store.getStory(firstStrike!.id))!;
    const floodStory = (await store.getStory(floodId))!;
    assert.deepEqual(floodStory.row, rows.get(floodId), 'the other story row is not rewritten');
    assert.notEqual(strikeStory.row.updatedAt, rows.get(firstStrike!.id)!.updatedAt);
    assert.equal(strikeStory.row.title, 'Brandt Steel workers walk out');
    assert.deepEqual(json(floodStory.record), json(analyzeReports(flood, makeContext()).record));
    assert.deepEqual(json(strikeStory.record), json(analyzeReports(strike, makeContext()).record));
    assert.deepEqual((await store.listStories()).map((s) => [s.id, s.reports.length]).sort(), [[floodId, flood.length], [firstStrike!.id, 2]].sort());
    assert.deepEqual((await put(store, [])).rebuilt, [], 'nothing new, nothing rebuilt');
    assert.ok((await allStoryKeys(store)).every((k) => k.checked), 'every report compared once for near-copies');
  } finally {
    await store.close();
  }
});

test('reconcile: reports stored a few at a time, in any order, give the stories one reconcile of them all gives', async () => {
  const { flood, strike } = await mixed();
  const [firstStrike, laterStrike] = canonicalOrder(strike);
  const [f1, f2, ...rest] = canonicalOrder(flood).reverse();
  const step = await openStore(':memory:');
  const whole = await openStore(':memory:');
  try {
    await put(step, [laterStrike!]);
    await put(step, [f1!, f2!]);
    // The earlier strike report arrives late: the story takes its id, and the story known by the later one is gone.
    const last = await put(step, [firstStrike!, ...rest]);
    assert.ok(last.removed.includes(laterStrike!.id));
    await put(whole, [...flood, ...strike]);
    assert.deepEqual(await storedStories(step), await storedStories(whole));
  } finally {
    await step.close();
    await whole.close();
  }
});

test('reconcile: grouping reads the keys a page at a time and finds what reading them at once finds', async () => {
  const { flood, strike } = await mixed();
  const store = await openStore(':memory:');
  try {
    const reports = [...flood, ...strike];
    await store.putReports(reports);
    await store.putAnnotations(annotateEach(reports, makeContext()).map((d) => annotationOf(d)));
    const json = (x: Awaited<ReturnType<typeof planStories>>) => JSON.parse(JSON.stringify({ ...x, plans: x.plans.map((p) => ({ ...p, copies: [...p.copies] })) }));
    const whole = json(await planStories(store, makeContext(), reports.length + 1));
    assert.equal(whole.plans.length, 2);
    for (const size of [1, 2, 3]) assert.deepEqual(json(await planStories(store, makeContext(), size)), whole, `pages of ${size}`);
  } finally {
    await store.close();
  }
});

test('reconcile: lines stored before story keys were kept get their keys, and their stories are rebuilt', async () => {
  const { flood, strike } = await mixed();
  const file = join(tempDir('cc-legacy-'), 'legacy.db');
  const store = await openStore(file);
  try {
    await put(store, [...flood, ...strike]);
    const expected = await storedStories(store);
    const raw = new Database(file);
    raw.exec("UPDATE annotations SET keys = NULL; UPDATE stories SET record = '{}'");
    raw.close();
    assert.equal((await allStoryKeys(store)).length, 0);
    const again = await reconcileStore(store, makeContext(), { annotateUnannotated: false });
    assert.equal(again.rebuilt.length, 2);
    assert.equal((await allStoryKeys(store)).length, flood.length + strike.length);
    assert.deepEqual((await storedStories(store)).map(({ record, title }) => ({ record, title })), expected.map(({ record, title }) => ({ record, title })));
  } finally {
    await store.close();
  }
});

test('ingest: a mixed folder gives two stories', async () => {
  const { flood, strike } = await mixed();
  const dir = tempDir('cc-ingest-mixed-');
  for (const [name, text] of Object.entries(STRIKE_FILES)) writeFileSync(join(dir, name), text);
  const db = join(dir, 'mixed.db');
  assert.equal(await ingestCommand([join(ROOT, 'examples'), join(dir, 'strike-1.txt'), join(dir, 'strike-2.txt'), '--db', db]), 0);
  const store = await openStore(db);
  try {
    assert.deepEqual((await store.listStories()).map((s) => s.id).sort(), [canonicalOrder(flood)[0]!.id, canonicalOrder(strike)[0]!.id].sort());
  } finally {
    await store.close();
  }
});

test('serve: uploads of two stories list two stories; each upload answers with its own', async () => {
  const store = await openStore(':memory:');
  try {
    const app = createApp(store);
    const upload = async (name: string, text: string) => (await app.request('/api/reports', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, text }),
    })).json() as Promise<{ story: string; inserted: string[] }>;
    const flood = await upload('courier.txt', readFileSync(join(ROOT, 'examples', '01-estmark-courier.txt'), 'utf8'));
    const strike = await upload('strike-1.txt', STRIKE_FILES['strike-1.txt']!);
    const more = await upload('strike-2.txt', STRIKE_FILES['strike-2.txt']!);
    assert.notEqual(flood.story, strike.story);
    assert.equal(more.story, strike.story);
    const listed = (await (await app.request('/api/stories')).json()) as { id: string; reports: string[] }[];
    assert.deepEqual(listed.map((s) => [s.id, s.reports.length]).sort(), [[flood.story, 1], [strike.story, 2]].sort());
    assert.equal((await app.request(`/stories/${strike.story}`)).status, 200);
  } finally {
    await store.close();
  }
});

test('watch: a feed mixing in a second story reports changes per story', async () => {
  const dir = tempDir('cc-watch-mixed-');
  const store = await openStore(join(dir, 'watch.db'));
  try {
    const first = await pollOnce([join(ROOT, 'examples', '04-radio-varn.xml')], store, makeContext());
    assert.match(first[0]!, /^2 new report/);
    writeFileSync(join(dir, 'strike.xml'), STRIKE_FEED);
    const second = await pollOnce([join(ROOT, 'examples', '04-radio-varn.xml'), join(dir, 'strike.xml')], store, makeContext());
    assert.match(second[0]!, /^2 new report/);
    assert.ok(second.slice(1).every((l) => l.startsWith('[')), 'with two stories, each change names its story');
    assert.ok(second.some((l) => l.startsWith('[Brandt Steel workers walk out] new fact')));
    assert.equal((await store.listStories()).length, 2);
  } finally {
    await store.close();
  }
});
