/**
 * `crosscheck stories`: lists the stories in the store, and says on stderr what work is pending:
 * reports not annotated yet (a writer or a job still at work, or one that stopped) and reports the
 * annotators gave up on, each with why.
 */
import { openStore } from '../../store/index.js';
import type { Store } from '../../store/store.js';
import { parse } from '../args.js';
import { note } from '../io.js';
import { commonOptions, DEFAULT_DB } from './common.js';

export const storiesHelp = `crosscheck stories [--db FILE|URL] [--json]
  Lists the stored stories: id, reports, last update, title. Reports still waiting to be annotated,
  and those that could not be, are counted on stderr.`;

/** Lines for stderr saying what no story shows yet: the pending and failed counts, then each failure. */
export async function pendingLines(store: Store): Promise<string[]> {
  const { unannotated, failed, queued } = await store.pending();
  const lines: string[] = [];
  if (queued) lines.push(`crosscheck: ${queued} job(s) in the worker queue not done yet (run crosscheck worker)`);
  if (unannotated) lines.push(`crosscheck: ${unannotated} report(s) stored but not annotated yet (a writer or worker is at work, or stopped: run ingest or worker --once)`);
  if (failed) {
    lines.push(`crosscheck: ${failed} report(s) could not be annotated:`);
    for (const f of await store.listFailures()) lines.push(`crosscheck: ${f.code} ${f.source} (${f.reportId}): ${f.message}`);
  }
  return lines;
}

export async function storiesCommand(argv: readonly string[]): Promise<number> {
  const { values } = parse(argv, commonOptions);
  const store = await openStore(values.db ?? DEFAULT_DB);
  try {
    const rows = await store.listStories();
    if (values.json) process.stdout.write(JSON.stringify(rows) + '\n');
    else for (const r of rows) process.stdout.write(`${r.id}  ${String(r.reports.length).padStart(4)} reports  ${r.updatedAt}  ${r.title}\n`);
    for (const line of await pendingLines(store)) note(line);
  } finally {
    await store.close();
  }
  return 0;
}
