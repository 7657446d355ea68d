// Annotating off the thread: the same documents as on it; a report past the deadline is a failure
// of its own (CC111) and the next report is annotated on a fresh thread.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeContext } from '../core/context.js';
import { makeOptions } from '../core/options.js';
import { loadBytes } from '../load/index.js';
import { annotateEach } from './analyze.js';
import { OffThreadAnnotator } from './off-thread.js';

const reportOf = (name: string, text: string) => loadBytes(name, new TextEncoder().encode(`published: 2025-03-06\n\n${text}`), makeContext())[0]!;
const SHORT = reportOf('short.txt', 'On Monday the Harrow Water Board said 37 families had left, and "we moved 120 people," Mayor Tilda Versen said.');
const LONG = reportOf('long.txt', 'On Tuesday, March 4, Mayor Tilda Versen said 37 families had left the low streets. "We moved 120 people before noon," Versen said.\n\n'.repeat(400));

test('off the thread: the documents this thread gives', async () => {
  const annotator = new OffThreadAnnotator(makeOptions());
  try {
    const { docs, failed } = await annotator.annotate([SHORT], makeContext());
    assert.deepEqual(failed, []);
    assert.deepEqual(docs, annotateEach([SHORT], makeContext()));
  } finally {
    await annotator.close();
  }
});

test('a report past the deadline fails with CC111 and the next one is annotated on a new thread', async () => {
  const annotator = new OffThreadAnnotator(makeOptions());
  try {
    await annotator.annotate([SHORT], makeContext());
    const t0 = performance.now();
    await annotator.annotate([LONG], makeContext());
    const took = performance.now() - t0;
    const ctx = makeContext();
    const late = await annotator.annotate([LONG], ctx, took / 4);
    assert.deepEqual(late.failed.map((f) => [f.report.id, f.error.code]), [[LONG.id, 'CC111']]);
    assert.match(late.failed[0]!.error.message, /took longer than/);
    assert.deepEqual(ctx.errors, [late.failed[0]!.error]);
    assert.deepEqual(late.docs, []);
    // The stopped thread is replaced: the next report, under the default deadline, is annotated.
    const next = await annotator.annotate([SHORT], makeContext());
    assert.deepEqual(next.failed, []);
    assert.deepEqual(next.docs.map((d) => d.report.id), [SHORT.id]);
  } finally {
    await annotator.close();
  }
});
