/**
 * `crosscheck ingest INPUTS…`: stores reports (once each, by content hash),
 * their annotations, and the story record of everything stored so far.
 */
import { loadInputs } from '../../load/index.js';
import { setLexiconDirs } from '../../lexicon/index.js';
import { analyzeReports } from '../../pipeline/analyze.js';
import { makeContext } from '../../pipeline/context.js';
import { extractLine } from '../../render/extract-line.js';
import { openStore } from '../../store/index.js';
import { parse, UsageError } from '../args.js';
import { note, printErrors, progress } from '../io.js';
import { commonOptions, DEFAULT_DB, optionsFrom, storyIdOf } from './common.js';

export const ingestHelp = `crosscheck ingest INPUTS... [--db FILE|postgres://URL] [--json]
  Stores each report once (keyed by content hash), in one transaction per run, with its annotations,
  and rebuilds the story record over all stored reports.`;

export async function ingestCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parse(argv, commonOptions);
  if (positionals.length === 0) throw new UsageError('ingest needs at least one input (a file, a folder, or - for stdin)');
  const ctx = makeContext(optionsFrom(values));
  setLexiconDirs(ctx.options.lexiconDirs);
  const reports = await loadInputs(positionals, ctx);
  printErrors(ctx.errors);
  if (reports.length === 0) {
    note('crosscheck: nothing could be read; the store is unchanged');
    return 1;
  }
  const store = await openStore(values.db ?? DEFAULT_DB);
  try {
    const stored = await store.putReports(reports);
    const all = await store.listReports();
    const errorsBefore = ctx.errors.length;
    const { docs, record, duplicates } = analyzeReports(all, ctx, progress('annotate', all.length));
    printErrors(ctx.errors.slice(errorsBefore));
    for (const d of docs) await store.putAnnotations(d.report.id, extractLine(d, duplicates.get(d.report.id) ?? null));
    const storyId = storyIdOf(record);
    await store.putStory(storyId, docs[0]?.report.meta.title ?? 'story', record);
    const summary = { inserted: stored.inserted.length, existing: stored.existing.length, total: all.length, story: storyId, errors: ctx.errors.length };
    if (values.json) process.stdout.write(JSON.stringify(summary) + '\n');
    else note(`crosscheck: stored ${summary.inserted} new reports (${summary.existing} already stored), ${summary.total} in ${values.db ?? DEFAULT_DB}; story ${storyId}`);
  } finally {
    await store.close();
  }
  return 0;
}
