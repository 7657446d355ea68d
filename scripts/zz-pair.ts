import { basename } from 'node:path';
import { makeContext } from '../src/core/context.js';
import { loadInputs } from '../src/load/index.js';
import { annotateReports } from '../src/pipeline/analyze.js';
import { figureClaims } from '../src/claims/figures.js';
import { similarity } from '../src/link/facts.js';
import { voiceOf } from '../src/claims/index.js';
const [dir, ...pairs] = process.argv.slice(2);
const ctx = makeContext();
const docs = annotateReports(await loadInputs([dir!], ctx), ctx);
const figs = docs.flatMap((d) => figureClaims(d, (m, s) => voiceOf(d, m, s)).map((f) => ({ f, name: basename(d.report.source) })));
const df = new Map<string, number>();
for (const d of new Set(figs.map((x) => x.f.report))) { const ws = new Set(figs.filter((x) => x.f.report === d).flatMap((x) => x.f.context)); for (const w of ws) df.set(w, (df.get(w) ?? 0) + 1); }
const n = new Set(figs.map((x) => x.f.report)).size;
const idf = new Map([...df].map(([w, c]) => [w, Math.log(1 + n / c)]));
const find = (spec: string) => { const [r, t] = spec.split(':'); return figs.find((x) => x.name.startsWith(r!) && x.f.mention.text.includes(t!)); };
for (let i = 0; i < pairs.length; i += 2) {
  const a = find(pairs[i]!); const b = find(pairs[i + 1]!);
  for (const x of [a, b]) if (x) { const { mention, sentence, report, voiceCue, ...rest } = x.f as any; console.log(' ', x.name, mention.text, JSON.stringify(rest)); } else console.log('  NOT FOUND');
  if (a && b) console.log('SIM', JSON.stringify(similarity(a.f, b.f, idf)));
}
