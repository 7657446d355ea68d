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
import { analyzeReports, canonicalOrder } from '../src/pipeline/analyze.js';
import { makeContext } from '../src/pipeline/context.js';
import { annotateAlone, storedLine } from '../src/reconcile/stored.js';
import { reconcileStore } from '../src/reconcile/stories.js';
import { createApp } from '../src/server/app.js';
import { openStore } from '../src/store/index.js';
import { STRIKE_FEED, STRIKE_FILES } from './fixtures/strike.js';
import { tempDir } from './helpers/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');
const json = (x: unknown) => JSON.parse(JSON.stringify(x));

async function mixed(): Promise<{ flood: Report[]; strike: Report[] }> {
  const dir = tempDir('cc-mixed-');
  for (const [name, text] of Object.entries(STRIKE_FILES)) writeFileSync(join(dir, name), text);
  return { flood: await loadInputs([join(ROOT, 'examples')], makeContext()), strike: await loadInputs([dir], makeContext()) };
}

test('reconcile: a mixed store gives two stories, each the record analyze gives for its reports alone', async () => {
  const { flood, strike } = await mixed();
  const [firstStrike, laterStrike] = canonicalOrder(strike);
  const store = await openStore(':memory:');
  // As annotate jobs do: each report annotated alone and its line stored.
  const put = async (reports: Report[]) => {
    await store.putReports(reports);
    await store.putAnnotations(annotateAlone(reports, makeContext()).map((d) => ({ reportId: d.report.id, line: storedLine(d) })));
    return reconcileStore(store, makeContext(), { annotateUnannotated: false });
  };
  try {
    const before = await put([firstStrike!, ...flood]);
    assert.equal(before.length, 2);
    const stories = await put([laterStrike!]);
    // Each story is known by its earliest report, so a later report joining it keeps its id.
    assert.deepEqual(stories.map((s) => s.id).sort(), before.map((s) => s.id).sort());
    const byId = new Map(stories.map((s) => [s.id, s]));
    const floodStory = byId.get(canonicalOrder(flood)[0]!.id)!;
    const strikeStory = byId.get(firstStrike!.id)!;
    assert.equal(strikeStory.title, 'Brandt Steel workers walk out');
    assert.deepEqual(json(floodStory.record), json(analyzeReports(flood, makeContext()).record));
    assert.deepEqual(json(strikeStory.record), json(analyzeReports(strike, makeContext()).record));
    assert.deepEqual((await store.listStories()).map((s) => [s.id, s.reports.length]).sort(),
      [[floodStory.id, flood.length], [strikeStory.id, 2]].sort());
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
