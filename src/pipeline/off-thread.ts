/**
 * Annotation off the calling thread, one report at a time under a deadline and a memory cap: the
 * server hands its uploads here so that a long report neither stops it answering reads nor holds it
 * for minutes. A report that overruns either bound is a failure of its own (CC111) and its thread
 * is replaced; the next report goes on.
 */
import { Worker } from 'node:worker_threads';
import type { Doc } from '../model/doc.js';
import { runError, type RunError } from '../model/errors.js';
import type { Report } from '../model/report.js';
import type { Options } from '../core/options.js';
import type { Context } from '../core/context.js';
import type { Failed } from './analyze.js';
import type { FromWorker, ToWorker } from './annotate-worker.js';
import { threadModule } from './thread-module.js';

/** Longest one report may take: a megabyte of news text annotates in about a second. */
export const ANNOTATE_DEADLINE_MS = 60_000;
/** Heap the annotating thread may use, in MB; past it the thread is stopped, not the process. */
export const ANNOTATE_HEAP_MB = 1024;

export class OffThreadAnnotator {
  private worker: Worker | null = null;
  /** Settles once the thread has loaded the stages, so the deadline counts annotating alone. */
  private ready: Promise<void> = Promise.resolve();
  private turn: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: Options, private readonly deadlineMs = ANNOTATE_DEADLINE_MS) {}

  /**
   * Annotates `reports` in order, each within `deadlineMs`; callers take turns on the one thread.
   * Failures are returned and pushed to `ctx.errors`; the documents are not yet linked across reports.
   */
  annotate(reports: readonly Report[], ctx: Context, deadlineMs = this.deadlineMs): Promise<{ docs: Doc[]; failed: Failed[] }> {
    const run = async () => {
      const docs: Doc[] = [];
      const failed: Failed[] = [];
      for (const report of reports) {
        if (!this.worker) this.spawn();
        const w = this.worker!;
        w.ref();
        await this.ready;
        const out = this.worker === w ? await this.one(w, report, deadlineMs) : runError('CC110', 'annotate', report.source, 'the annotating thread stopped as it started');
        if ('report' in out) docs.push(out);
        else {
          ctx.errors.push(out);
          failed.push({ report, error: out });
        }
      }
      // An idle thread does not keep the process alive.
      this.worker?.unref();
      return { docs, failed };
    };
    const done = this.turn.then(run, run);
    this.turn = done.catch(() => undefined);
    return done;
  }

  /** Stops the thread; a later call starts another. */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    await w?.terminate();
  }

  private spawn(): void {
    const w = new Worker(threadModule('./annotate-worker.js'), { workerData: this.options, resourceLimits: { maxOldGenerationSizeMb: ANNOTATE_HEAP_MB } });
    // A thread that dies between two reports is replaced by the next call (each call listens for its own report).
    w.on('error', () => {});
    w.on('exit', () => {
      if (this.worker === w) this.worker = null;
    });
    this.worker = w;
    // An empty batch is answered once the thread has loaded: the first report's deadline does not pay for that.
    this.ready = new Promise((resolve) => {
      w.once('message', () => resolve());
      w.once('exit', () => resolve());
      w.postMessage({ start: 0, reports: [] } satisfies ToWorker);
    });
  }

  private one(w: Worker, report: Report, deadlineMs: number): Promise<Doc | RunError> {
    return new Promise((resolve) => {
      const giveUp = (why: string, code: 'CC110' | 'CC111' = 'CC111') => {
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        clearTimeout(timer);
        if (this.worker === w) this.worker = null;
        void w.terminate();
        resolve(runError(code, 'annotate', report.source, why));
      };
      const timer = setTimeout(() => giveUp(`annotating took longer than ${deadlineMs / 1000} s and was stopped; split the report into its articles`), deadlineMs);
      const onError = (e: Error) => (/memory/i.test(e.message)
        ? giveUp(`annotating needed more than ${ANNOTATE_HEAP_MB} MB and was stopped; split the report into its articles`)
        : giveUp(`could not annotate: ${e.message}`, 'CC110'));
      const onExit = (code: number) => giveUp(`the annotating thread stopped (exit code ${code})`, 'CC110');
      const onMessage = (m: FromWorker) => {
        clearTimeout(timer);
        w.off('error', onError);
        w.off('exit', onExit);
        const annotations = m.docs[0];
        resolve(annotations ? { report, ...annotations } : m.errors[0] ?? runError('CC110', 'annotate', report.source, 'could not annotate'));
      };
      w.once('message', onMessage);
      w.once('error', onError);
      w.once('exit', onExit);
      w.postMessage({ start: 0, reports: [report] } satisfies ToWorker);
    });
  }
}
