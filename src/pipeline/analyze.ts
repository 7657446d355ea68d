/**
 * The library entry point: inputs in, annotated documents and a story record
 * out. CLI, server and workers are thin adapters over these functions.
 */
import { Worker } from 'node:worker_threads';
import { compactDoc, type Doc } from '../model/doc.js';
import type { RunError } from '../model/errors.js';
import type { StoryRecord } from '../model/record.js';
import type { Report } from '../model/report.js';
import { loadInputs } from '../load/index.js';
import { setLexiconDirs } from '../lexicon/index.js';
import { linkEntitiesAcross } from '../link/entities.js';
import { findDuplicates } from '../link/near-duplicate.js';
import { buildStory } from '../reconcile/index.js';
import { runStages } from './compose.js';
import { makeContext, type Context } from './context.js';
import type { Options } from './options.js';

export interface AnalyzeResult {
  readonly docs: readonly Doc[];
  readonly duplicates: ReadonlyMap<string, string>;
  readonly record: StoryRecord;
  readonly ctx: Context;
}

/** Runs the per-report stages over each report; a failure on one report is recorded and the rest go on. */
export function annotateReports(reports: readonly Report[], ctx: Context, onDone?: (n: number) => void): Doc[] {
  const docs: Doc[] = [];
  for (const report of reports) {
    try {
      docs.push(compactDoc(runStages({ report }, ctx)));
    } catch (e) {
      ctx.errors.push({ code: 'CC110', stage: 'annotate', input: report.source, message: `could not annotate: ${(e as Error).message}` });
    }
    onDone?.(docs.length);
  }
  return linkEntitiesAcross(docs);
}

/** Starting a thread and cloning its results costs about what annotating this many reports does. */
const MIN_PER_THREAD = 50;

/**
 * The per-report stages spread over `ctx.options.workers` threads (every core on one machine);
 * documents come back in input order, then entities are linked across all of them.
 */
export async function annotateReportsParallel(reports: readonly Report[], ctx: Context): Promise<Doc[]> {
  const n = Math.min(ctx.options.workers, Math.floor(reports.length / MIN_PER_THREAD));
  if (n <= 1) return annotateReports(reports, ctx);
  const size = Math.ceil(reports.length / n);
  const parts = await Promise.all(Array.from({ length: n }, (_, i) => new Promise<{ docs: Doc[]; errors: RunError[] }>((resolve, reject) => {
    const worker = new Worker(new URL('./annotate-worker.js', import.meta.url), {
      workerData: { reports: reports.slice(i * size, (i + 1) * size), options: { ...ctx.options } },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  })));
  for (const p of parts) for (const e of p.errors) ctx.errors.push(e);
  return linkEntitiesAcross(parts.flatMap((p) => p.docs));
}

/**
 * Reports in a canonical order, earliest published first, then by id: the
 * record must not depend on the order files were listed or workers finished,
 * and the earliest of two near-copies is the original.
 */
export function canonicalOrder(reports: readonly Report[]): Report[] {
  const key = (r: Report) => r.meta.published ?? '9999';
  return [...reports].sort((a, b) => key(a).localeCompare(key(b)) || a.id.localeCompare(b.id));
}

/** Annotates reports and reconciles them into one story record. */
export function analyzeReports(reports: readonly Report[], ctx: Context, onDone?: (n: number) => void): AnalyzeResult {
  return reconcileDocs(annotateReports(canonicalOrder(reports), ctx, onDone), ctx);
}

/** The same, with the per-report stages on worker threads (`--workers N`). */
export async function analyzeReportsParallel(reports: readonly Report[], ctx: Context): Promise<AnalyzeResult> {
  return reconcileDocs(await annotateReportsParallel(canonicalOrder(reports), ctx), ctx);
}

function reconcileDocs(docs: Doc[], ctx: Context): AnalyzeResult {
  const duplicates = findDuplicates(docs.map((d) => d.report), ctx.options.duplicateThreshold);
  const record = buildStory(docs, duplicates, ctx);
  return { docs, duplicates, record, ctx };
}

/** Loads the inputs (paths, folders, `-` for stdin) and analyzes them. */
export async function analyze(inputs: readonly string[], options: Partial<Options> = {}): Promise<AnalyzeResult> {
  const ctx = makeContext(options);
  setLexiconDirs(ctx.options.lexiconDirs);
  const reports = await loadInputs(inputs, ctx);
  return analyzeReports(reports, ctx);
}
