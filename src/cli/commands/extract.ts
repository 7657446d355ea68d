/**
 * `crosscheck extract FILES…`: one CONTRACT §1 line per report (JSON Lines),
 * streamed. Each report is annotated as it is read and its line spilled to a
 * temporary file; names are linked across reports only once all are read, so
 * the lines are linked while the spill is read back. Memory holds one report
 * and the names seen, whatever the input's size.
 */
import { createReadStream, mkdtempSync, openSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Doc } from '../../model/doc.js';
import type { Report } from '../../model/report.js';
import type { ExtractLine } from '../../model/record.js';
import { waitsForOthers, publishedTime, streamInputs } from '../../load/index.js';
import { annotateOne, MAX_ANNOTATE_CHARS } from '../../pipeline/analyze.js';
import { DEFAULT_STAGES, runStages } from '../../pipeline/compose.js';
import { makeContext, type Context } from '../../core/context.js';
import { linkNameOf, nameLinker } from '../../link/entities.js';
import { extractLine } from '../../render/extract-line.js';
import { oneOf, parse, UsageError } from '../args.js';
import { checkWritable, note, openOut, printErrors, progressLine } from '../io.js';
import { commonOptions, optionsFrom } from './common.js';
import { linkLine, linkSpilled } from './extract-spill.js';
import { WaitingReports } from './waiting.js';

export const extractHelp = `crosscheck extract INPUTS... [--format jsonl|json] [--out FILE]
  Writes every report's time, quantity, quote and entity mentions (CONTRACT §1), one JSON line per report.
  Reports are read one at a time (a JSON Lines file record by record), so memory stays flat however large the input.`;

/** The stages whose mentions a line holds: cues and claims come after quotes and are not written. */
export const EXTRACT_STAGES = DEFAULT_STAGES.slice(0, DEFAULT_STAGES.findIndex((s) => s.assigns === 'quote') + 1);

/** One report through the stages extract writes, or the failure `annotateOne` words for it. */
function annotate(report: Report, ctx: Context): Doc | null {
  if (report.text.length <= MAX_ANNOTATE_CHARS) {
    try {
      return runStages({ report }, ctx, EXTRACT_STAGES);
    } catch { /* annotateOne runs it again and says why, as every command does */ }
  }
  const out = annotateOne(report, ctx);
  if ('report' in out) return out;
  ctx.errors.push(out);
  return null;
}

/** The lines of a file, read as they are needed. */
function linesOf(path: string): AsyncIterableIterator<string> {
  return createInterface({ input: createReadStream(path), crlfDelay: Infinity })[Symbol.asyncIterator]();
}

export async function extractCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...commonOptions, format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' } });
  if (positionals.length === 0) throw new UsageError('extract needs at least one input (a file, a folder, or - for stdin)');
  const format = oneOf('format', values.format, ['jsonl', 'json'] as const, 'jsonl');
  checkWritable(values.out, 'file');
  const ctx = makeContext(optionsFrom(values));
  const bar = progressLine();
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-extract-'));
  try {
    const spillPath = join(dir, 'lines.jsonl');
    const spill = openSync(spillPath, 'w');
    const linker = nameLinker();
    const times: number[] = [];
    const waiting = new WaitingReports(join(dir, 'waiting.jsonl'));
    let lines = 0;
    let held = '';
    const keep = (doc: Doc | null) => {
      if (!doc) return null;
      for (const e of doc.entity ?? []) linker.add(linkNameOf(e));
      lines++;
      return JSON.stringify(extractLine(doc));
    };
    bar.phase('annotating');
    for await (const report of streamInputs(positionals, ctx)) {
      times.push(publishedTime(report));
      if (waitsForOthers(report)) {
        waiting.add(report);
        // An empty line holds the place of a waiting report in the spill.
        held += '\n';
      } else {
        const line = keep(annotate(report, ctx));
        if (line !== null) held += line + '\n';
      }
      if (held.length > 1 << 20) {
        writeSync(spill, held);
        held = '';
      }
      bar.step(times.length);
    }
    writeSync(spill, held);
    closeSync(spill);
    // The waiting reports' lines, in their order: each takes the place its empty line holds in the spill.
    const latePath = join(dir, 'late.jsonl');
    const late = openSync(latePath, 'w');
    for await (const r of waiting.drain(times)) writeSync(late, `${keep(annotate(r, ctx)) ?? ''}\n`);
    closeSync(late);
    bar.end();
    printErrors(ctx.errors);
    if (lines === 0) {
      note('crosscheck: nothing could be read');
      return 1;
    }
    bar.phase(`linking and writing ${lines} reports`);
    const out = openOut(values.out);
    try {
      let first = true;
      const lateLines = linesOf(latePath);
      for await (const spilled of linesOf(spillPath)) {
        const text = spilled || (await lateLines.next()).value;
        if (!text) continue;
        if (format === 'jsonl') out.write(`${linkSpilled(text, linker.link)}\n`);
        else out.write(`${first ? '[\n  ' : ',\n  '}${JSON.stringify(linkLine(JSON.parse(text) as ExtractLine, linker.link), null, 2).replaceAll('\n', '\n  ')}`);
        first = false;
      }
      await lateLines.return?.();
      if (format === 'json') out.write('\n]\n');
      out.close();
    } catch (e) {
      out.abort();
      throw e;
    } finally {
      bar.end();
    }
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
