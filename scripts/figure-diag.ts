// Prints the figure claims of a story folder's reports (measure, head, role, subject, about, context),
// to see why two figures do or do not meet: node --import tsx scripts/figure-diag.ts DIR [REPORT] [TEXT];
// REPORT is a file name ("008.txt"), TEXT a piece of the figure's words.
import { basename } from 'node:path';
import { makeContext } from '../src/core/context.js';
import { loadInputs } from '../src/load/index.js';
import { annotateReports, canonicalOrder } from '../src/pipeline/analyze.js';
import { figureClaims } from '../src/claims/figures.js';

const [dir, report, piece] = process.argv.slice(2) as [string, string | undefined, string | undefined];
const ctx = makeContext({ lexiconDirs: process.env['LEXICON'] ? [process.env['LEXICON']] : [] });
const docs = annotateReports(canonicalOrder(await loadInputs([dir], ctx)), ctx);
for (const d of docs) {
  const name = basename(d.report.source);
  if (report && name !== report) continue;
  for (const f of d.figures ?? figureClaims(d)) {
    if (piece && !f.mention.text.includes(piece) && !d.report.text.slice(f.sentence.start, f.sentence.end).includes(piece)) continue;
    const m = f.mention;
    const value = m.kind === 'quantity' ? `${m.value ?? ''}[${m.min ?? ''},${m.max ?? ''}]${m.approx ? '~' : ''} ${m.unit ?? ''} counted=${JSON.stringify(m.counted)}` : m.value;
    console.log(`${name} "${m.text}" ${value} | ${f.measure} head=${f.head} role=${f.role} subj=${f.subject} about=[${f.about.join(', ')}] ctx=[${f.context.join(' ')}] lang=${f.language} asOf=${f.asOf}${f.asOfStated ? '!' : ''}`);
  }
}
