/**
 * The library entry point: inputs in, annotated documents and a story record
 * out. CLI, server and workers are thin adapters over these functions.
 */
import { Worker } from 'node:worker_threads';
import { compactDoc, type Doc } from '../model/doc.js';
import { runError, type RunError } from '../model/errors.js';
import type { StoryRecord } from '../model/record.js';
import type { Report } from '../model/report.js';
import { loadInputs } from '../load/index.js';
import { linkEntitiesAcross } from '../link/entities.js';
import { findDuplicates } from '../link/near-duplicate.js';
import { buildStory } from '../reconcile/index.js';
import { runStages } from './compose.js';
import { makeContext, type Context } from '../core/context.js';
import type { Options } from '../core/options.js';
import type { FromWorker, ToWorker } from './annotate-worker.js';

export interface AnalyzeResult {
  readonly docs: readonly Doc[];
  readonly duplicates: ReadonlyMap<string, string>;
  readonly record: StoryRecord;
  readonly ctx: Context;
}

/** Runs the per-report stages over each report; a failure on one report is recorded and the rest go on. */
export function annotateReports(reports: readonly Report[], ctx: Context, onDone?: (n: number) => void): Doc[] {
  return linkEntitiesAcross(annotateEach(reports, ctx, onDone));
}

/**
 * Longest report text annotated, in characters (UTF-16 units): about 350,000 words, hundreds of times
 * the longest news report. Annotating holds about 300 bytes a character at its peak (a 4.8 MB upload
 * took 1.4 GB), so a longer text is refused as a failure of its own (CC111) before any stage runs.
 */
export const MAX_ANNOTATE_CHARS = 2_000_000;

/** A report the per-report stages could not annotate, and why. */
export interface Failed {
  readonly report: Report;
  readonly error: RunError;
}

/** One report through the per-report stages: its compacted document, or the error that stopped it. */
export function annotateOne(report: Report, ctx: Context): Doc | RunError {
  if (report.text.length > MAX_ANNOTATE_CHARS) {
    return runError('CC111', 'annotate', report.source, `too long to annotate (${report.text.length} characters; the limit is ${MAX_ANNOTATE_CHARS}); split it into its articles`);
  }
  try {
    return compactDoc(runStages({ report }, ctx));
  } catch (e) {
    return runError('CC110', 'annotate', report.source, `could not annotate: ${(e as Error).message}`);
  }
}

/** The per-report stages on this thread, with the reports that failed (each failure also in `ctx.errors`). */
export function annotateSome(reports: readonly Report[], ctx: Context, onDone?: (n: number) => void): { docs: Doc[]; failed: Failed[] } {
  const docs: Doc[] = [];
  const failed: Failed[] = [];
  for (const report of reports) {
    const out = annotateOne(report, ctx);
    if ('report' in out) docs.push(out);
    else {
      ctx.errors.push(out);
      failed.push({ report, error: out });
    }
    onDone?.(docs.length);
  }
  return { docs, failed };
}

/** The per-report stages on this thread, not yet linked across reports; a failure is recorded and the rest go on. */
export function annotateEach(reports: readonly Report[], ctx: Context, onDone?: (n: number) => void): Doc[] {
  return annotateSome(reports, ctx, onDone).docs;
}

/**
 * Below about this much text (300,000 words) a second thread costs more than it saves: it starts
 * cold and compiles the extractors again while this thread does (measured: bench/RESULTS.md).
 */
export const MIN_PARALLEL_CHARS = 2_000_000;
/** Largest batch sent to a worker: big enough that messaging is cheap, small enough to stream results back. */
const MAX_BATCH = 64;
/** Batch this thread takes at a time: short, so that workers waiting for their next batch are fed soon. */
const LOCAL_BATCH = 16;
/** Batches queued per worker, so it never waits for this thread between two. */
const IN_FLIGHT = 2;

/**
 * The per-report stages spread over `ctx.options.workers` threads (every core on one machine):
 * this thread and N-1 worker threads take batches as they free up; documents come back in input
 * order, then entities are linked across all of them.
 */
export async function annotateReportsParallel(reports: readonly Report[], ctx: Context): Promise<Doc[]> {
  return linkEntitiesAcross(await annotateInWorkers(reports, ctx));
}

/**
 * The per-report stages over `ctx.options.workers` threads, in input order, not yet linked across
 * reports; on this thread alone when there is less text than `minChars`.
 */
export async function annotateInWorkers(reports: readonly Report[], ctx: Context, minChars = MIN_PARALLEL_CHARS): Promise<Doc[]> {
  let chars = 0;
  for (const r of reports) chars += r.text.length;
  const threads = chars < minChars ? 1 : Math.min(ctx.options.workers, reports.length);
  if (threads <= 1) return annotateEach(reports, ctx);
  // Results by the offset of their batch's first report.
  const parts = new Map<number, { docs: Doc[]; errors: readonly RunError[] }>();
  let next = 0;
  let done = 0;
  /** The next batch, shrinking as the reports run out so that every thread finishes at about the same time. */
  const take = (max: number) => {
    const start = next;
    next = Math.min(reports.length, start + Math.max(1, Math.min(max, Math.ceil((reports.length - start) / (2 * threads)))));
    return start;
  };
  await new Promise<void>((resolve, reject) => {
    const url = new URL('./annotate-worker.js', import.meta.url);
    const workers = Array.from({ length: threads - 1 }, () => new Worker(url, { workerData: ctx.options }));
    let failed = false;
    const fail = (e: Error) => {
      failed = true;
      for (const w of workers) void w.terminate();
      reject(e);
    };
    const finish = (count: number) => {
      done += count;
      if (done < reports.length) return false;
      for (const w of workers) void w.terminate();
      resolve();
      return true;
    };
    const feed = (w: Worker) => {
      if (next >= reports.length) return;
      const start = take(MAX_BATCH);
      w.postMessage({ start, reports: reports.slice(start, next) } satisfies ToWorker);
    };
    for (const w of workers) {
      w.on('message', (m: FromWorker) => {
        const docs: Doc[] = [];
        m.docs.forEach((a, i) => {
          if (a) docs.push({ report: reports[m.start + i]!, ...a });
        });
        parts.set(m.start, { docs, errors: m.errors });
        if (!finish(m.docs.length)) feed(w);
      });
      w.on('error', fail);
      w.on('exit', (code) => {
        if (done < reports.length && !failed) fail(new Error(`annotate worker exited with code ${code} before finishing`));
      });
      for (let i = 0; i < IN_FLIGHT; i++) feed(w);
    }
    const mine = makeContext(ctx.options);
    const work = () => {
      if (failed || next >= reports.length) return;
      const start = take(LOCAL_BATCH);
      const end = next;
      parts.set(start, { docs: annotateEach(reports.slice(start, end), mine), errors: mine.errors.splice(0) });
      // setImmediate, not a loop: the workers' messages are handled between two batches.
      if (!finish(end - start)) setImmediate(work);
    };
    setImmediate(work);
  });
  const docs: Doc[] = [];
  for (const start of [...parts.keys()].sort((a, b) => a - b)) {
    const part = parts.get(start)!;
    for (const d of part.docs) docs.push(d);
    for (const e of part.errors) ctx.errors.push(e);
  }
  return docs;
}

/**
 * Reports in a canonical order, earliest published first, then by id: the
 * record must not depend on the order files were listed or workers finished,
 * and the earliest of two near-copies is the original.
 */
export function canonicalOrder(reports: readonly Report[]): Report[] {
  return [...reports].sort((a, b) => canonicalCompare(a.meta.published, a.id, b.meta.published, b.id));
}

/** The canonical order of two reports given by publication date and id. */
export function canonicalCompare(aPublished: string | null, aId: string, bPublished: string | null, bId: string): number {
  return (aPublished ?? '9999').localeCompare(bPublished ?? '9999') || aId.localeCompare(bId);
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
  const reports = await loadInputs(inputs, ctx);
  return analyzeReports(reports, ctx);
}
