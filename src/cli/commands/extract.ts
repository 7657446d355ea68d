/**
 * `crosscheck extract FILES…`: one CONTRACT §1 line per report (JSON Lines).
 */
import { loadInputs } from '../../load/index.js';
import { annotateReports } from '../../pipeline/analyze.js';
import { makeContext } from '../../core/context.js';
import { extractLine } from '../../render/extract-line.js';
import { oneOf, parse, UsageError } from '../args.js';
import { checkWritable, note, printErrors, progressLine, writeOut } from '../io.js';
import { commonOptions, optionsFrom } from './common.js';

export const extractHelp = `crosscheck extract INPUTS... [--format jsonl|json] [--out FILE]
  Writes every report's time, quantity, quote and entity mentions (CONTRACT §1), one JSON line per report.`;

export async function extractCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...commonOptions, format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' } });
  if (positionals.length === 0) throw new UsageError('extract needs at least one input (a file, a folder, or - for stdin)');
  const format = oneOf('format', values.format, ['jsonl', 'json'] as const, 'jsonl');
  checkWritable(values.out, 'file');
  const ctx = makeContext(optionsFrom(values));
  const bar = progressLine();
  bar.phase('reading');
  const reports = await loadInputs(positionals, ctx);
  bar.phase('annotating', reports.length);
  const docs = annotateReports(reports, ctx, (n) => (n < reports.length ? bar.step(n) : bar.phase(`linking ${reports.length} reports`)));
  bar.end();
  printErrors(ctx.errors);
  if (docs.length === 0) {
    note('crosscheck: nothing could be read');
    return 1;
  }
  const lines = docs.map((d) => extractLine(d));
  writeOut(values.out, format === 'json' ? JSON.stringify(lines, null, 2) : lines.map((l) => JSON.stringify(l)).join('\n'));
  return 0;
}
