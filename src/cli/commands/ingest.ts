/**
 * `crosscheck ingest INPUTS…`: stores reports (once each, by content hash),
 * annotates the new ones, and rebuilds the record of each story stored so far
 * from the stored annotations.
 */
import { loadInputs } from '../../load/index.js';
import { makeContext } from '../../core/context.js';
import { annotateEach } from '../../pipeline/analyze.js';
import { annotationOf } from '../../corpus/stored.js';
import { reconcileStore } from '../../corpus/stories.js';
import { openStore } from '../../store/index.js';
import { parse, UsageError } from '../args.js';
import { note, printErrors, progressLine } from '../io.js';
import { commonOptions, DEFAULT_DB, optionsFrom } from './common.js';

export const ingestHelp = `crosscheck ingest INPUTS... [--db FILE|postgres://URL] [--json]
  Stores each report once (keyed by content hash), in one transaction per run, with its annotations,
  and rebuilds the record of every story among the stored reports.`;

export async function ingestCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parse(argv, commonOptions);
  if (positionals.length === 0) throw new UsageError('ingest needs at least one input (a file, a folder, or - for stdin)');
  const ctx = makeContext(optionsFrom(values));
  const bar = progressLine();
  bar.phase('reading');
  const reports = await loadInputs(positionals, ctx);
  bar.end();
  printErrors(ctx.errors);
  if (reports.length === 0) {
    note('crosscheck: nothing could be read; the store is unchanged');
    return 1;
  }
  const store = await openStore(values.db ?? DEFAULT_DB);
  try {
    bar.phase(`storing ${reports.length} reports`);
    const stored = await store.putReports(reports);
    const inserted = new Set(stored.inserted);
    const fresh = reports.filter((r) => inserted.has(r.id));
    const errorsBefore = ctx.errors.length;
    bar.phase('annotating', fresh.length);
    await store.putAnnotations(annotateEach(fresh, ctx, (n) => bar.step(n)).map((d) => annotationOf(d)));
    bar.phase('linking and reconciling stories');
    // Reports a crashed run stored without annotations are annotated here.
    await reconcileStore(store, ctx, { annotateUnannotated: true });
    bar.end();
    const stories = await store.listStories();
    printErrors(ctx.errors.slice(errorsBefore));
    const summary = { inserted: stored.inserted.length, existing: stored.existing.length, total: await store.countReports(), stories: stories.map((s) => s.id), errors: ctx.errors.length };
    if (values.json) process.stdout.write(JSON.stringify(summary) + '\n');
    else note(`crosscheck: stored ${summary.inserted} new reports (${summary.existing} already stored), ${summary.total} in ${values.db ?? DEFAULT_DB}; ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}: ${summary.stories.join(', ')}`);
  } finally {
    bar.end();
    await store.close();
  }
  return 0;
}
