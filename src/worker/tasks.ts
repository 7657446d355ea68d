/**
 * The jobs N workers share through a PostgreSQL-backed queue (graphile-worker:
 * maintained, uses SKIP LOCKED, runs its own migrations, so we build no queue
 * of our own). ingest → annotate (one job per new report, storing its line) →
 * reconcile (deduplicated by job key so a burst of reports reconciles once),
 * which rebuilds documents from the stored lines, runs no annotator, and
 * stores one record per story the corpus holds.
 */
import type { Task, TaskList } from 'graphile-worker';
import { loadInputs } from '../load/index.js';
import { annotateReports } from '../pipeline/analyze.js';
import { makeContext } from '../pipeline/context.js';
import { storedLine } from '../reconcile/stored.js';
import { reconcileStore } from '../reconcile/stories.js';
import type { Store } from '../store/store.js';
import { formatRunError } from '../model/errors.js';

export const RECONCILE_KEY = 'reconcile';

function asPayload<T>(p: unknown, field: string): T {
  if (!p || typeof p !== 'object' || !(field in p)) throw new Error(`job payload needs "${field}"`);
  return (p as Record<string, T>)[field]!;
}

export function makeTasks(store: Store, log: (line: string) => void = () => {}): TaskList {
  const ingest: Task = async (payload, helpers) => {
    const ctx = makeContext();
    const reports = await loadInputs([asPayload<string>(payload, 'path')], ctx);
    for (const e of ctx.errors) log(`crosscheck: ${formatRunError(e)}`);
    const { inserted } = await store.putReports(reports);
    for (const id of inserted) await helpers.addJob('annotate', { id }, { jobKey: `annotate:${id}` });
  };
  const annotate: Task = async (payload, helpers) => {
    const id = asPayload<string>(payload, 'id');
    const report = await store.getReport(id);
    if (!report) throw new Error(`no stored report ${id}`);
    const ctx = makeContext();
    const [doc] = annotateReports([report], ctx);
    if (doc) await store.putAnnotations(id, storedLine(doc));
    // One named queue runs one reconcile at a time: two at once could store an older corpus's stories last.
    await helpers.addJob('reconcile', {}, { jobKey: RECONCILE_KEY, queueName: 'reconcile', runAt: new Date(Date.now() + 200) });
  };
  const reconcile: Task = async () => {
    const ctx = makeContext();
    const stories = await reconcileStore(store, ctx, { annotateUnannotated: false });
    log(`crosscheck worker: ${stories.length} stories reconciled over ${stories.reduce((n, s) => n + s.record.reports.length, 0)} reports`);
  };
  return { ingest, annotate, reconcile };
}
