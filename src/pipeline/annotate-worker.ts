/**
 * A worker thread for `analyze --workers N`: runs the per-report stages over each batch of
 * reports it is sent and posts the compacted documents back without their report (the caller
 * holds it already), so only the annotations are cloned.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RunError } from '../model/errors.js';
import type { Report } from '../model/report.js';
import type { Doc } from '../model/doc.js';
import { annotateOne } from './analyze.js';
import { makeContext } from '../core/context.js';
import type { Options } from '../core/options.js';

/** A document's annotations, without its report; null for a report that could not be annotated. */
export type Annotations = Omit<Doc, 'report'> | null;

/** A batch: the reports from offset `start` of the caller's list. */
export interface ToWorker {
  readonly start: number;
  readonly reports: readonly Report[];
}

/** One entry in `docs` per report of the batch, in order; `errors` as the batch made them. */
export interface FromWorker {
  readonly start: number;
  readonly docs: readonly Annotations[];
  readonly errors: readonly RunError[];
}

const options = workerData as Options;
const ctx = makeContext(options);

parentPort!.on('message', ({ start, reports }: ToWorker) => {
  const docs: Annotations[] = [];
  for (const report of reports) {
    const out = annotateOne(report, ctx);
    if ('report' in out) {
      const { report: _report, ...annotations } = out;
      docs.push(annotations);
    } else {
      ctx.errors.push(out);
      docs.push(null);
    }
  }
  parentPort!.postMessage({ start, docs, errors: ctx.errors.splice(0) } satisfies FromWorker);
});
