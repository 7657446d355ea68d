// Counts the gold values of a story's FACTS.json in the named reports that the extractors find as mentions
// (span overlap and the right value), by kind: what eval/RESULTS.md reports for the Spanish and Portuguese
// dev reports. `--as-english` reads every report as English, as crosscheck did before it read other languages.
//   node --import tsx scripts/fact-mentions.ts ../shared/corpus/dev/valencia-floods-2024-10 003.txt 008.txt 011.txt
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadInputs } from '../src/load/index.js';
import { makeContext } from '../src/core/context.js';
import { annotateEach } from '../src/pipeline/analyze.js';
import type { Mention } from '../src/model/mention.js';

interface GoldValue { readonly value: number | string; readonly report: string; readonly text: string }

const args = process.argv.slice(2);
const asEnglish = args.includes('--as-english');
const [dir, ...files] = args.filter((a) => a !== '--as-english');
if (!dir || files.length === 0) {
  process.stderr.write('usage: fact-mentions.ts STORY_DIR REPORT... [--as-english]\n');
  process.exit(2);
}
const facts = (JSON.parse(readFileSync(join(dir, 'FACTS.json'), 'utf8')) as { facts: { values: GoldValue[] }[] }).facts;
const ctx = makeContext();
const reports = (await loadInputs(files.map((f) => join(dir, f)), ctx)).map((r) => (asEnglish ? { ...r, meta: { ...r.meta, language: null, languageSource: null } } : r));
const docs = annotateEach(reports, ctx);

/** The gold value's kind, from its value: a number is a quantity, a date or time a time, a name found in its words an entity, else a quote's speaker. */
const kindOf = (v: GoldValue) => (typeof v.value === 'number' ? 'quantity' : /^\d{4}/.test(v.value) ? 'time' : v.text.includes(v.value) ? 'entity' : 'quote');

/** A time without a zone matches a gold value with one when the rest agrees: the text named no zone to read. */
function right(m: Mention, v: GoldValue): boolean {
  switch (m.kind) {
    case 'time': return m.value === v.value || m.value === String(v.value).replace(/[+-]\d{2}:\d{2}$|Z$/, '');
    case 'quantity': return [m.value, m.min, m.max].includes(v.value as number);
    case 'quote': return m.speaker === v.value;
    case 'entity': return m.canonical === v.value || m.text === v.value;
    default: return false;
  }
}

const counts: Record<string, { found: number; of: number }> = {};
for (const v of facts.flatMap((f) => f.values)) {
  const i = files.indexOf(v.report);
  if (i < 0) continue;
  const doc = docs[i]!;
  const start = doc.report.text.indexOf(v.text);
  const end = start + v.text.length;
  const near = [...(doc.time ?? []), ...(doc.quantity ?? []), ...(doc.quote ?? []), ...(doc.entity ?? [])].filter((m) => m.start < end && start < m.end);
  const ok = near.some((m) => right(m, v));
  const c = (counts[kindOf(v)] ??= { found: 0, of: 0 });
  c.of++;
  if (ok) c.found++;
  else process.stdout.write(`missed ${v.report} ${JSON.stringify(v.text)} (${JSON.stringify(v.value)}): ${near.map((m) => `${m.kind} ${JSON.stringify(m.text)}`).join(', ') || 'no mention'}\n`);
}
const total = Object.values(counts).reduce((a, c) => ({ found: a.found + c.found, of: a.of + c.of }), { found: 0, of: 0 });
process.stdout.write(`${Object.entries(counts).map(([k, c]) => `${k} ${c.found}/${c.of}`).join(', ')}; all ${total.found}/${total.of}\n`);
