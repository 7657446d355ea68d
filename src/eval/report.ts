/**
 * Prints an eval result as a table for people, or as JSON for scripts.
 */
import type { EvalResult } from './run.js';
import type { Prf } from './score-mentions.js';

const pct = (x: number) => x.toFixed(3);
const cell = (s: Prf) => `${pct(s.p)} ${pct(s.r)} ${pct(s.f1)}`;

export function formatEval(r: EvalResult, verbose: boolean): string {
  const lines: string[] = [];
  lines.push(`crosscheck eval ${r.dir}: ${r.reports} reports, ${r.words} words, ${r.seconds.toFixed(2)} s`);
  lines.push('');
  lines.push('kind      | relaxed P R F1      | strict P R F1       | span+attr P R F1    | gold  sys');
  lines.push('----------|---------------------|---------------------|---------------------|----------');
  for (const [kind, s] of Object.entries(r.kinds)) {
    const gold = s.relaxed.tp + s.relaxed.fn;
    const sys = s.relaxed.tp + s.relaxed.fp;
    lines.push(`${kind.padEnd(9)} | ${cell(s.relaxed)} | ${cell(s.strict)} | ${cell(s.attr)} | ${String(gold).padStart(4)} ${String(sys).padStart(4)}`);
  }
  const q = r.kinds.quantity;
  if (q?.unit) lines.push(`quantity value+unit (span+value+unit): P ${pct(q.unit.p)} R ${pct(q.unit.r)} F1 ${pct(q.unit.f1)}`);
  const quote = r.kinds.quote;
  if (quote && quote.relaxed.tp > 0) lines.push(`quote speaker right, share of quotes found: ${pct(quote.attr.tp / quote.relaxed.tp)} (${quote.attr.tp}/${quote.relaxed.tp})`);
  const d = r.dates;
  lines.push('');
  lines.push(`dates (without the gold date): ${d.correct}/${d.reports} right, ${d.missing} missing; by source ${JSON.stringify(d.bySource)}`);
  if (r.facts) {
    const f = r.facts;
    lines.push('');
    lines.push(`facts: recall ${pct(f.recall)} (${f.matched}/${f.gold}), status accuracy ${pct(f.statusAccuracy)} (${f.statusCorrect}/${f.matched}), ` +
      `conflict precision ${f.conflictPrecision === null ? 'n/a (no conflicts listed)' : pct(f.conflictPrecision)} (${f.conflictsCorrect}/${f.conflicts})`);
    const linked = Object.entries(f.linked).sort();
    if (linked.length) lines.push(`linked values (a gold value in a fact with another report's value of its gold fact), by language: ${linked.map(([lang, t]) => `${lang} ${t.linked}/${t.values} (${pct(t.values ? t.linked / t.values : 0)})`).join(', ')}`);
    if (verbose) for (const row of f.rows) lines.push(`  ${row.gold} [${row.goldStatus}] -> ${row.system ?? 'MISSED'} [${row.systemStatus ?? '-'}]`);
  }
  if (r.voice) {
    const v = r.voice;
    lines.push(`voice: accuracy ${pct(v.accuracy)} (${v.correct}/${v.placed}), coverage ${pct(v.coverage)} (${v.placed}/${v.gold} gold values placed)`);
    if (verbose) lines.push(`  confusion (gold->system): ${JSON.stringify(v.confusion)}`);
  }
  if (verbose && r.misses.length) {
    lines.push('');
    for (const m of r.misses) lines.push(`  ${m.what.padEnd(15)} ${m.kind.padEnd(8)} ${m.report}: ${m.detail}`);
  }
  return lines.join('\n');
}
