// Reconciling from stored lines gives the record `analyze` gives for the same reports, and reads
// the stored annotations rather than annotating again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadInputs } from '../src/load/index.js';
import type { Report } from '../src/model/report.js';
import type { ExtractLine, StoryRecord } from '../src/model/record.js';
import { linkEntitiesAcross } from '../src/link/entities.js';
import { findDuplicates } from '../src/link/near-duplicate.js';
import { analyzeReports, annotateEach, canonicalOrder } from '../src/pipeline/analyze.js';
import { makeContext } from '../src/core/context.js';
import { buildStory } from '../src/reconcile/index.js';
import { annotationOf, storedDocs, type StoredLine } from '../src/corpus/stored.js';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/store.js';
import { tempDir } from './helpers/tmp.js';

const ROOT = resolve(import.meta.dirname, '..');
const SEEDS = resolve(ROOT, '..', 'shared', 'corpus', 'seeds');

/** Stores reports and, as annotate jobs do, each one's line from annotating it alone. */
async function storeAnnotated(reports: readonly Report[]): Promise<Store> {
  const store = await openStore(join(tempDir('cc-stored-'), 'test.db'));
  await store.putReports(reports);
  await store.putAnnotations(annotateEach(reports, makeContext()).map((d) => annotationOf(d)));
  return store;
}

async function fromStore(store: Store): Promise<StoryRecord> {
  const ctx = makeContext();
  const docs = linkEntitiesAcross(await storedDocs(store, canonicalOrder(await store.listReports()).map((r) => r.id), ctx));
  return buildStory(docs, findDuplicates(docs.map((d) => d.report), ctx.options.duplicateThreshold), ctx);
}

/** Replaces a report's stored line, keeping its keys. */
async function putLine(store: Store, report: Report, line: ExtractLine): Promise<void> {
  await store.putAnnotations([{ ...annotationOf(annotateEach([report], makeContext())[0]!), line }]);
}

const json = (x: unknown) => JSON.parse(JSON.stringify(x));

for (const [name, dir] of [['examples', join(ROOT, 'examples')], ['protest story', join(ROOT, 'test', 'fixtures', 'protest')], ['seed corpus', SEEDS]] as const) {
  test(`${name}: the record from stored lines equals the record analyze gives`, { skip: existsSync(dir) ? false : `${dir} is absent` }, async () => {
    const reports = await loadInputs([dir], makeContext());
    assert.ok(reports.length > 1);
    const store = await storeAnnotated([...reports].reverse());
    try {
      assert.deepEqual(json(await fromStore(store)), json(analyzeReports(reports, makeContext()).record));
    } finally {
      await store.close();
    }
  });
}

test('reconciling reads the stored mentions; a bare §1 line is annotated again and replaced', async () => {
  const reports = await loadInputs([join(ROOT, 'examples')], makeContext());
  const store = await storeAnnotated(reports);
  try {
    const expected = json(analyzeReports(reports, makeContext()).record);
    const [first, second] = reports;
    // An edited stored value shows in the record: nothing was annotated afresh.
    const line = (await store.getAnnotations(first!.id)) as StoredLine;
    const quantity = line.mentions.findIndex((m) => m.kind === 'quantity' && m.value !== null);
    assert.ok(quantity >= 0);
    const edited = line.mentions.map((m, i) => (i === quantity && m.kind === 'quantity' ? { ...m, value: 987654 } : m));
    await putLine(store, first!, { ...line, mentions: edited });
    const values = (r: StoryRecord) => r.events.flatMap((e) => e.facts.flatMap((f) => f.values.map((v) => v.value)));
    assert.ok(values(await fromStore(store)).includes(987654));
    // Lines stored before they kept claims and cues are rebuilt by annotating, once.
    for (const r of [first!, second!]) {
      const { schema, report } = (await store.getAnnotations(r.id))!;
      await putLine(store, r, { schema, report, mentions: [] });
    }
    assert.deepEqual(json(await fromStore(store)), expected);
    assert.ok('claims' in ((await store.getAnnotations(second!.id)) ?? {}));
  } finally {
    await store.close();
  }
});

test('a surname that only opens a sentence keeps the full name another stored report gives it', async () => {
  const dir = tempDir('cc-stored-opener-');
  writeFileSync(join(dir, 'a.txt'), 'published: 2025-03-09\n\nMayor Ilse Marrow spoke at noon in Kessling.\n');
  writeFileSync(join(dir, 'b.txt'), 'published: 2025-03-10\n\nMarrow said the levee failed. Crews waited.\n');
  const reports = await loadInputs([dir], makeContext());
  const store = await storeAnnotated(reports);
  try {
    const record = await fromStore(store);
    assert.deepEqual(json(record), json(analyzeReports(reports, makeContext()).record));
    const docs = linkEntitiesAcross(await storedDocs(store, canonicalOrder(reports).map((r) => r.id), makeContext()));
    assert.deepEqual(docs[1]!.entity!.map((e) => e.canonical), ['Ilse Marrow']);
  } finally {
    await store.close();
  }
});
