// Scores one figure of a story folder against every other report's figures, best first, to see why two
// figures do or do not meet: node --import tsx scripts/pair-diag.ts DIR REPORT TEXT [TOP]
// (REPORT a file name, TEXT the figure's own words as the mention gives them).
import { basename } from 'node:path';
import { makeContext } from '../src/core/context.js';
import { loadInputs } from '../src/load/index.js';
import { annotateReports, canonicalOrder } from '../src/pipeline/analyze.js';
import { figureClaims } from '../src/claims/figures.js';
import { similarity } from '../src/link/facts.js';
import { lexicon } from '../src/lexicon/index.js';

const [dir, report, piece, top] = process.argv.slice(2) as [string, string, string, string | undefined];
const ctx = makeContext({ lexiconDirs: process.env['LEXICON'] ? [process.env['LEXICON']] : [] });
const docs = annotateReports(canonicalOrder(await loadInputs([dir], ctx)), ctx);
const name = new Map(docs.map((d) => [d.report.id, basename(d.report.source)]));
const all = docs.flatMap((d) => d.figures ?? figureClaims(d));
// The same inverse report frequency the linker computes.
const df = new Map<string, Set<string>>();
for (const f of all) for (const w of f.context) (df.get(w) ?? df.set(w, new Set()).get(w)!).add(f.report);
const idf = new Map([...df].map(([w, r]) => [w, Math.log(1 + docs.length / r.size)]));
const mine = all.filter((f) => name.get(f.report) === report);
const me = mine.find((f) => f.mention.text === piece) ?? mine.find((f) => f.mention.text.includes(piece));
if (!me) throw new Error(`no figure "${piece}" in ${report}`);
const scored = all.filter((f) => f.report !== me.report).map((f) => ({ f, s: similarity(me, f, { idf, rare: new Set(), rareRoles: new Set(), rareHeads: new Set(), running: new Set(lexicon<{ running: string[] }>('roles').running) }) })).filter((x) => x.s.score > -Infinity);
scored.sort((a, b) => b.s.score - a.s.score);
for (const { f, s } of scored.slice(0, Number(top ?? 12))) console.log(`${s.score.toFixed(2)} ${name.get(f.report)} "${f.mention.text}" ${f.head}/${f.role} [${f.about.join(', ')}] ${s.why.join('; ')}`);
