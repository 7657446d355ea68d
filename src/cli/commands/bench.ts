/**
 * `crosscheck bench [INPUTS…]`: throughput per stage and peak memory at growing
 * corpus sizes (a synthetic scale-up of the inputs, examples/ by default).
 * Not a test: nothing asserts a time.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadInputs } from '../../load/index.js';
import { makeContext } from '../../core/context.js';
import { baselineOf, benchLinking, benchSize, formatBench } from '../../bench/run.js';
import { benchCorpus, formatCorpusBench } from '../../bench/corpus.js';
import { parse, UsageError } from '../args.js';
import { note, printErrors } from '../io.js';
import { commonOptions, optionsFrom } from './common.js';
import { EXTRACT_STAGES } from './extract.js';

export const benchHelp = `crosscheck bench [INPUTS...] [--sizes 100,1000,10000] [--baseline bench/baseline.json] [--update-baseline] [--json]
  Prints words/s and reports/s per stage and peak memory at each corpus size (a scale-up of INPUTS,
  examples/ by default), and the change against the baseline.
crosscheck bench [INPUTS...] --link-only [--sizes 10000,100000] [--json]
  Linking and reconciling alone: each report annotated once and its document copied up to each size.
crosscheck bench --corpus FILE [--json]
  Real text: words/s per stage over the reports of FILE (JSON Lines), reading and writing included,
  beside a bare tokenizer (wink-nlp, tokens only) run on the same text, as a ratio.`;

export async function benchCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    ...commonOptions, corpus: { type: 'string' }, sizes: { type: 'string' }, baseline: { type: 'string' }, 'update-baseline': { type: 'boolean' }, 'link-only': { type: 'boolean' },
  });
  if (values.corpus !== undefined) return corpusBench(values.corpus, optionsFrom(values), values.json === true);
  const sizes = (values.sizes ?? '100,1000').split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new UsageError(`--sizes takes whole numbers separated by commas (got "${values.sizes}")`);
  const ctx = makeContext(optionsFrom(values));
  const reports = await loadInputs(positionals.length ? positionals : ['examples'], ctx);
  printErrors(ctx.errors);
  if (reports.length === 0) {
    note('crosscheck: bench has no reports to run on');
    return 1;
  }
  const baselinePath = values.baseline ?? 'bench/baseline.json';
  const baseline = existsSync(baselinePath) ? (JSON.parse(readFileSync(baselinePath, 'utf8')) as Record<string, number>) : null;
  const results = [];
  for (const n of sizes) {
    const r = values['link-only'] ? benchLinking(reports, n, ctx) : await benchSize(reports, n, ctx);
    results.push(r);
    if (!values.json) process.stdout.write(formatBench([r], baseline) + '\n');
  }
  if (values.json) process.stdout.write(JSON.stringify(results) + '\n');
  if (values['update-baseline']) {
    writeFileSync(baselinePath, JSON.stringify(baselineOf(results), null, 2) + '\n');
    note(`crosscheck: wrote ${baselinePath}`);
  }
  return 0;
}

async function corpusBench(file: string, options: ReturnType<typeof optionsFrom>, json: boolean): Promise<number> {
  const ctx = makeContext(options);
  const result = await benchCorpus(file, ctx, EXTRACT_STAGES);
  printErrors(ctx.errors);
  if (result.reports === 0) {
    note(`crosscheck: bench has no reports to run on in ${file}`);
    return 1;
  }
  process.stdout.write((json ? JSON.stringify(result) : formatCorpusBench(result)) + '\n');
  return 0;
}
