// Lists, per gold fact of a story folder, which system fact holds each gold value (or none), to see splits and misses:
// node --import tsx scripts/fact-diag.ts DIR [FACT_ID]; with ALL=1 every system fact is listed too,
// each value marked + (linked to another report's value of its gold fact) or - (not), with LEXICON=DIR a user lexicon is read (the seeds: examples/lexicons/deportation-flights).
import { basename, join } from 'node:path';
import { makeContext } from '../src/core/context.js';
import { loadInputs } from '../src/load/index.js';
import { annotateReports, canonicalOrder } from '../src/pipeline/analyze.js';
import { findDuplicates } from '../src/link/near-duplicate.js';
import { buildStory } from '../src/reconcile/index.js';
import { readFacts, nthIndexOf } from '../src/eval/gold.js';

const dir = process.argv[2]!;
const only = process.argv[3];
const ctx = makeContext({ lexiconDirs: process.env['LEXICON'] ? [process.env['LEXICON']] : [] });
const reports = await loadInputs([dir], ctx);
const docs = annotateReports(canonicalOrder(reports), ctx);
const record = buildStory(docs, findDuplicates(docs.map((d) => d.report), ctx.options.duplicateThreshold), ctx);
const name = new Map(docs.map((d) => [d.report.id, basename(d.report.source)]));
const text = new Map(docs.map((d) => [basename(d.report.source), d.report.text]));
const facts = record.events.flatMap((e) => e.facts.map((f) => ({ ...f, event: e.id })));
for (const g of readFacts(join(dir, 'FACTS.json'), ctx.errors) ?? []) {
  if (only && g.id !== only) continue;
  const lines: string[] = [];
  const spans = g.values.map((v) => { const at = nthIndexOf(text.get(v.report) ?? '', v.text, 1); return { report: v.report, start: at, end: at + v.text.length }; });
  const holds = (f: (typeof facts)[number], s: (typeof spans)[number]) => f.values.some((x) => name.get(x.report) === s.report && x.start < s.end && s.start < x.end);
  const multi = new Set(spans.map((s) => s.report)).size > 1;
  g.values.forEach((v, i) => {
    const s = spans[i]!;
    const hits = facts.filter((f) => holds(f, s));
    // The eval's linked share: a fact holds this value and a value of the same gold fact from another report.
    const linked = multi ? (hits.some((f) => spans.some((o) => o.report !== s.report && holds(f, o))) ? ' +' : ' -') : '  ';
    lines.push(`  ${linked}${v.report} ${JSON.stringify(v.value)} "${v.text}" -> ${hits.map((f) => `${f.id}[${f.status}] ${f.subject}`).join(' | ') || 'NONE'}`);
  });
  console.log(`${g.id} [${g.status}]`);
  console.log(lines.join('\n'));
  if (process.env['WHY']) for (const id of new Set(lines.flatMap((l) => [...l.matchAll(/(f\d+)\[/g)].map((m) => m[1]!)))) {
    const f = facts.find((x) => x.id === id)!;
    console.log(`      ${f.id} [${f.status}] ${f.attribute} | ${f.subject} | ${f.reason}`);
    for (const v of f.values) console.log(`        ${name.get(v.report)} ${JSON.stringify(v.value)} "${v.text}"${'asOf' in v && v.asOf ? ` asOf ${JSON.stringify(v.asOf)}` : ''}`);
  }
}
if (process.env['ALL']) for (const f of facts) console.log(`${f.id} ${f.event} [${f.status}] ${f.attribute} | ${f.subject} | ${f.values.map((v) => `${name.get(v.report)}:${v.text}`).join('; ')} | ${f.reason}`);
