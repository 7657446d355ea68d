/**
 * `crosscheck ingest INPUTS…`: stores reports (once each, by content hash),
 * annotates the new ones, and rebuilds the record of each story stored so far
 * from the stored annotations. Reports are read, stored and annotated a batch
 * at a time, so memory stays flat however large the input.
 */
import type { Report } from '../../model/report.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitsForOthers, publishedTime, streamInputs } from '../../load/index.js';
import { makeContext, type Context } from '../../core/context.js';
import { annotateEach } from '../../pipeline/analyze.js';
import { annotationOf } from '../../corpus/stored.js';
import { reconcileStore } from '../../corpus/stories.js';
import { openStore, type Store } from '../../store/index.js';
import { parse, UsageError } from '../args.js';
import { note, printErrors, progressLine, type Progress } from '../io.js';
import { commonOptions, DEFAULT_DB, optionsFrom } from './common.js';
import { WaitingReports } from './waiting.js';

/**
 * Reports stored in one transaction, then annotated: a run killed midway leaves whole batches
 * stored (the next run annotates any it left unannotated), and memory holds one batch.
 */
const BATCH = 1000;

export const ingestHelp = `crosscheck ingest INPUTS... [--db FILE|postgres://URL] [--json]
  Stores each report once (keyed by content hash), in one transaction per batch of ${BATCH} reports, with
  its annotations, and rebuilds the record of every story among the stored reports.`;

/** Stores a batch and the annotations of its new reports; how many were new and how many stored already. */
async function storeBatch(store: Store, reports: readonly Report[], ctx: Context, bar: Progress): Promise<{ inserted: number; existing: number }> {
  bar.phase(`storing ${reports.length} reports`);
  const stored = await store.putReports(reports);
  const inserted = new Set(stored.inserted);
  const fresh = reports.filter((r) => inserted.has(r.id));
  bar.phase('annotating', fresh.length);
  await store.putAnnotations(annotateEach(fresh, ctx, (n) => bar.step(n)).map((d) => annotationOf(d)));
  return { inserted: stored.inserted.length, existing: stored.existing.length };
}

export async function ingestCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parse(argv, commonOptions);
  if (positionals.length === 0) throw new UsageError('ingest needs at least one input (a file, a folder, or - for stdin)');
  const ctx = makeContext(optionsFrom(values));
  const bar = progressLine();
  let store: Store | undefined;
  // Opened once there is a report to store: an input with none leaves the store untouched.
  const open = async () => (store ??= await openStore(values.db ?? DEFAULT_DB));
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-ingest-'));
  try {
    const counts = { read: 0, inserted: 0, existing: 0 };
    const times: number[] = [];
    const waiting = new WaitingReports(join(dir, 'waiting.jsonl'));
    let batch: Report[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const done = await storeBatch(await open(), batch, ctx, bar);
      counts.inserted += done.inserted;
      counts.existing += done.existing;
      batch = [];
    };
    bar.phase('reading');
    for await (const report of streamInputs(positionals, ctx)) {
      counts.read++;
      times.push(publishedTime(report));
      if (waitsForOthers(report)) waiting.add(report);
      else batch.push(report);
      if (batch.length >= BATCH) {
        await flush();
        bar.phase('reading');
      }
      bar.step(counts.read);
    }
    for await (const r of waiting.drain(times)) {
      batch.push(r);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    bar.end();
    if (counts.read === 0) {
      printErrors(ctx.errors);
      note('crosscheck: nothing could be read; the store is unchanged');
      return 1;
    }
    const stored = await open();
    bar.phase('linking and reconciling stories');
    // Reports a crashed run stored without annotations are annotated here.
    await reconcileStore(stored, ctx, { annotateUnannotated: true });
    bar.end();
    const stories = await stored.listStories();
    printErrors(ctx.errors);
    const summary = { inserted: counts.inserted, existing: counts.existing, total: await stored.countReports(), stories: stories.map((s) => s.id), errors: ctx.errors.length };
    if (values.json) process.stdout.write(JSON.stringify(summary) + '\n');
    else note(`crosscheck: stored ${summary.inserted} new reports (${summary.existing} already stored), ${summary.total} in ${values.db ?? DEFAULT_DB}; ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}: ${summary.stories.join(', ')}`);
  } finally {
    bar.end();
    await (store as Store | undefined)?.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return 0;
}
