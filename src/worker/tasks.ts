/**
 * The jobs N workers share through a PostgreSQL-backed queue (graphile-worker:
 * maintained, uses SKIP LOCKED, runs its own migrations, so we build no queue
 * of our own). ingest → annotate (one job per batch of new reports, storing
 * each one's line) →
 * reconcile (deduplicated by job key so a burst of reports reconciles once),
 * which groups the stored reports into stories by their stored keys and
 * rebuilds, from the stored lines and with no annotator, the stories that
 * received reports.
 */
import type { Task, TaskList } from 'graphile-worker';
import { loadInputs } from '../load/index.js';
import { makeContext } from '../core/context.js';
import type { Options } from '../core/options.js';
import { annotateSome } from '../pipeline/analyze.js';
import { annotationOf, failuresOf } from '../corpus/stored.js';
import { reconcileStore } from '../corpus/stories.js';
import type { Store } from '../store/store.js';
import { formatRunError } from '../model/errors.js';

export const RECONCILE_KEY = 'reconcile';
/**
 * Reports per annotate job. Annotating one report takes about a millisecond, much less than a
 * job's own round trips to the queue, so one job per report spent most of its time on the queue.
 */
export const ANNOTATE_BATCH = 50;
/** A reconcile waits this long after the last annotate job asked for it, so a burst reconciles once. */
export const RECONCILE_DELAY_MS = 1000;

function asPayload<T>(p: unknown, field: string): T {
  if (!p || typeof p !== 'object' || !(field in p)) throw new Error(`job payload needs "${field}"`);
  return (p as Record<string, T>)[field]!;
}

/** Ids in batches of ANNOTATE_BATCH. */
const inBatches = (ids: readonly string[]) => Array.from({ length: Math.ceil(ids.length / ANNOTATE_BATCH) }, (_, i) => ids.slice(i * ANNOTATE_BATCH, (i + 1) * ANNOTATE_BATCH));

/** Of these stored reports, those with no line yet, read a batch at a time. */
async function unannotated(store: Store, ids: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const batch of inBatches(ids)) for (const a of await store.listAnnotated(batch)) if (!a.line) out.push(a.report.id);
  return out;
}

/**
 * `reconcileDelayMs`: how long a reconcile waits for more annotate jobs; a worker that stops when
 * the queue is empty (`--once`) passes 0, or it would stop before the delayed reconcile is due.
 */
export function makeTasks(store: Store, log: (line: string) => void = () => {}, reconcileDelayMs = RECONCILE_DELAY_MS, options: Partial<Options> = {}): TaskList {
  const ingest: Task = async (payload, helpers) => {
    const ctx = makeContext(options);
    const reports = await loadInputs([asPayload<string>(payload, 'path')], ctx);
    for (const e of ctx.errors) log(`crosscheck: ${formatRunError(e)}`);
    const { inserted, existing } = await store.putReports(reports);
    // A run killed between storing its reports and queueing their jobs left them stored with no line:
    // run again, it queues them too (the job key folds them into a job still waiting).
    const ids = [...inserted, ...await unannotated(store, existing)];
    const batches = inBatches(ids);
    if (batches.length) await helpers.addJobs(batches.map((batch) => ({ identifier: 'annotate', payload: { ids: batch }, jobKey: `annotate:${batch[0]}` })));
  };
  const annotate: Task = async (payload, helpers) => {
    const ctx = makeContext(options);
    const ids = asPayload<string[]>(payload, 'ids');
    // One query for the batch's reports and one statement for its lines: a round trip per report
    // kept the worker waiting on the database instead of annotating.
    const reports = await store.getReports(ids);
    if (reports.length < ids.length) throw new Error(`no stored report ${ids.find((id) => !reports.some((r) => r.id === id))}`);
    const { docs, failed } = annotateSome(reports, ctx);
    await store.putAnnotations(docs.map((d) => annotationOf(d)));
    // Kept as failures: a report no line will ever come for is not left counted as pending.
    if (failed.length) await store.putFailures(failuresOf(failed));
    for (const e of ctx.errors) log(`crosscheck: ${formatRunError(e)}`);
    // One named queue runs one reconcile at a time: two at once could store an older corpus's stories last.
    await helpers.addJob('reconcile', {}, { jobKey: RECONCILE_KEY, queueName: 'reconcile', runAt: new Date(Date.now() + reconcileDelayMs) });
  };
  const reconcile: Task = async () => {
    const t0 = performance.now();
    const { stories, rebuilt } = await reconcileStore(store, makeContext(options), { annotateUnannotated: false });
    log(`crosscheck worker: ${rebuilt.length} of ${stories} stories rebuilt (${rebuilt.reduce((n, s) => n + s.reports.length, 0)} reports) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };
  return { ingest, annotate, reconcile };
}
