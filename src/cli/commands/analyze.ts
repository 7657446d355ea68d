/**
 * `crosscheck analyze INPUTS…`: the main job. Reads reports, builds the story
 * record, and writes it as JSON, Markdown, CSV or a self-contained HTML page.
 */
import { join } from 'node:path';
import { loadInputs } from '../../load/index.js';
import { analyzeReports, analyzeReportsParallel } from '../../pipeline/analyze.js';
import { makeContext } from '../../core/context.js';
import { renderCsv, renderHtml, renderJson, renderMarkdown } from '../../render/index.js';
import { openStore } from '../../store/index.js';
import { annotationOf } from '../../corpus/stored.js';
import { oneOf, parse, UsageError } from '../args.js';
import { checkWritable, note, printErrors, progressLine, writeFiles, writeOut } from '../io.js';
import { commonOptions, optionsFrom, storyIdOf } from './common.js';

const FORMATS = ['json', 'md', 'csv', 'html'] as const;

export const analyzeHelp = `crosscheck analyze INPUTS... [--format json|md|csv|html] [--out PATH] [--db FILE|URL]
  Reads reports (files, folders, feeds, JSON Lines, - for stdin) and builds the story record.
  With --format, writes that one format to --out (or stdout). Without --format, writes
  story.json, story.html, facts.md and facts.csv into --out (default: out/).
  With --db, also stores the reports, annotations and record there. --workers N spreads the
  per-report stages over N threads (default: every core, for inputs of 100 reports or more).`;

export async function analyzeCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...commonOptions, format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' } });
  if (positionals.length === 0) throw new UsageError('analyze needs at least one input (a file, a folder, or - for stdin)');
  const format = values.format === undefined ? undefined : oneOf('format', values.format, FORMATS, 'json');
  const dir = values.out ?? 'out';
  // An output that cannot be written fails now, not after the whole analysis.
  checkWritable(format ? values.out : dir, format ? 'file' : 'folder');
  const ctx = makeContext(optionsFrom(values));
  const bar = progressLine();
  bar.phase('reading');
  const reports = await loadInputs(positionals, ctx);
  if (reports.length === 0) {
    bar.end();
    printErrors(ctx.errors);
    note('crosscheck: nothing could be read; no record written');
    return 1;
  }
  let result;
  if (ctx.options.workers > 1) {
    bar.phase(`annotating and linking ${reports.length} reports`);
    result = await analyzeReportsParallel(reports, ctx);
  } else {
    bar.phase('annotating', reports.length);
    // The last report annotated is where linking and reconciling begin, inside the same call.
    result = analyzeReports(reports, ctx, (n) => (n < reports.length ? bar.step(n) : bar.phase(`linking ${reports.length} reports`)));
  }
  bar.end();
  printErrors(ctx.errors);
  const { record, docs } = result;
  if (values.db) {
    const store = await openStore(values.db);
    try {
      await store.putReports(docs.map((d) => d.report));
      await store.putAnnotations(docs.map((d) => annotationOf(d, result.duplicates.get(d.report.id) ?? null)));
      await store.putStory(storyIdOf(record), docs[0]?.report.meta.title ?? 'story', record);
    } finally {
      await store.close();
    }
  }
  const render = { json: () => renderJson(record), md: () => renderMarkdown(record), csv: () => renderCsv(record), html: () => renderHtml(record, docs) };
  if (format) {
    writeOut(values.out, render[format]());
    if (values.out && values.out !== '-') note(`crosscheck: wrote ${values.out}`);
  } else {
    const files = { 'story.json': render.json, 'story.html': render.html, 'facts.md': render.md, 'facts.csv': render.csv };
    writeFiles(Object.entries(files).map(([name, make]) => [join(dir, name), make()] as const));
    const facts = record.events.reduce((n, e) => n + e.facts.length, 0);
    const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
    note(`crosscheck: ${count(docs.length, 'report')}, ${count(record.events.length, 'event')}, ${count(facts, 'fact')}, ${count(record.conflicts.length, 'conflict')}`);
    note(`crosscheck: record ${join(dir, 'story.json')}, report ${join(dir, 'story.html')}, fact sheet ${join(dir, 'facts.md')} and ${join(dir, 'facts.csv')}`);
  }
  return 0;
}
