/**
 * `crosscheck eval GOLD_DIR`: precision, recall and F1 per mention kind and
 * fact-sheet scores against gold files; with --gate, fails below pinned floors.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { SCORED_KINDS, type ScoredKind } from '../../model/mention.js';
import { makeContext } from '../../core/context.js';
import { checkGate, updateBaseline } from '../../eval/gate.js';
import { formatEval } from '../../eval/report.js';
import { evaluate } from '../../eval/run.js';
import { parse, UsageError } from '../args.js';
import { note, printErrors } from '../io.js';
import { commonOptions, optionsFrom } from './common.js';

export const evalHelp = `crosscheck eval GOLD_DIR [--kind time|quantity|quote|entity]... [--verbose] [--json]
                 [--voice eval/voice-seeds.json] [--gate eval/baseline.json] [--name NAME] [--update-baseline [--allow-lower]]
  Scores the pipeline against NAME.gold.json files (and FACTS.json) in GOLD_DIR.
  --verbose lists every miss and every spurious mention. --gate fails (exit 1) when a score
  falls below its floor in the baseline; --update-baseline pins the current scores.`;

export async function evalCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    ...commonOptions,
    kind: { type: 'string', multiple: true },
    gate: { type: 'string' },
    name: { type: 'string' },
    'update-baseline': { type: 'boolean' },
    'allow-lower': { type: 'boolean' },
    voice: { type: 'string' },
  });
  const dir = positionals[0];
  if (!dir) throw new UsageError('eval needs a folder of gold files');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${dir}: not a folder`);
  for (const k of values.kind ?? []) {
    if (!(SCORED_KINDS as readonly string[]).includes(k)) throw new UsageError(`--kind must be one of ${SCORED_KINDS.join(', ')} (got "${k}")`);
  }
  const ctx = makeContext(optionsFrom(values));
  const result = await evaluate(resolve(dir), ctx, values.kind as ScoredKind[] | undefined, values.voice);
  printErrors(ctx.errors);
  if (values.json) process.stdout.write(JSON.stringify({ ...result, misses: values.verbose ? result.misses : undefined }) + '\n');
  else process.stdout.write(formatEval(result, values.verbose ?? false) + '\n');
  const name = values.name ?? basename(resolve(dir));
  if (values['update-baseline']) {
    const problems = updateBaseline(values.gate ?? 'eval/baseline.json', name, result, values['allow-lower'] ?? false);
    for (const p of problems) note(`crosscheck: eval gate: ${p}`);
    if (problems.length) return 1;
    note(`crosscheck: pinned floors for "${name}" in ${values.gate ?? 'eval/baseline.json'}`);
  } else if (values.gate) {
    const problems = checkGate(values.gate, name, result);
    for (const p of problems) note(`crosscheck: eval gate: ${p}`);
    if (problems.length) return 1;
    note(`crosscheck: eval gate "${name}" passed`);
  }
  return 0;
}
