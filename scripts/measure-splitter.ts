// Measures sentence splitters on gold corpora (run: node --import tsx scripts/measure-splitter.ts [GOLD_DIR...]).
// No corpus here marks sentences, so two proxies that need none are counted: a gold mention (time,
// quantity, entity) that a sentence end cuts in two is a wrong split; a sentence that ends on an
// abbreviation ("U.S.", "Gen.", "Jan.") and is followed by a lowercase word or a name is a likely one.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readGold } from '../src/eval/gold.js';
import { loadInputs } from '../src/load/index.js';
import { makeContext } from '../src/core/context.js';
import { runStages } from '../src/pipeline/compose.js';
import { segment } from '../src/segment/index.js';
import { phraseSet } from '../src/lexicon/index.js';
import type { Range } from '../src/model/span.js';
import type { RunError } from '../src/model/errors.js';

type Splitter = (text: string, from: number) => readonly Range[];

const NAIVE = /[.!?]["”’)]?\s+(?=["“]?[A-Z])/g;
const INTL = new Intl.Segmenter('en', { granularity: 'sentence' });

function byParagraph(text: string, from: number, split: (para: string, at: number) => Range[]): Range[] {
  const out: Range[] = [];
  const re = /[^\n]+/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push(...split(m[0], m.index));
  return out;
}

const splitters: Record<string, Splitter> = {
  'regex [.!?] + capital': (text, from) => byParagraph(text, from, (p, at) => {
    const out: Range[] = [];
    let start = 0;
    for (const m of p.matchAll(NAIVE)) {
      out.push({ start: at + start, end: at + m.index + 1 });
      start = m.index + m[0].length;
    }
    if (p.slice(start).trim()) out.push({ start: at + start, end: at + p.trimEnd().length });
    return out;
  }),
  'Intl.Segmenter alone': (text, from) => byParagraph(text, from, (p, at) =>
    [...INTL.segment(p)].map((s) => ({ start: at + s.index, end: at + s.index + s.segment.trimEnd().length })).filter((r) => r.end > r.start)),
  'Intl.Segmenter + repair (ours)': (text, from) => segment(text, from).sentences,
};

const ctx = makeContext();
const abbreviations = phraseSet('abbreviations');
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['../shared/corpus/seeds'];
const rows: Record<string, { sentences: number; cut: number; abbrev: number }> = {};
let mentions = 0;
for (const dir of dirs) {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
    const errors: RunError[] = [];
    const gold = await readGold(join(dir, name), async (p) => (await loadInputs([p], ctx))[0]?.text ?? null, errors);
    if (!gold) continue;
    const [report] = await loadInputs([gold.reportPath], ctx);
    const text = runStages({ report: report! }, ctx).clean!.text;
    const spans = gold.mentions.filter((m) => m.kind !== 'quote');
    mentions += spans.length;
    for (const [label, split] of Object.entries(splitters)) {
      const sentences = split(text, report!.bodyStart);
      const row = (rows[label] ??= { sentences: 0, cut: 0, abbrev: 0 });
      row.sentences += sentences.length;
      const ends = sentences.map((s) => s.end);
      row.cut += spans.filter((m) => ends.some((e) => e > m.start && e < m.end)).length;
      sentences.forEach((s, i) => {
        const next = sentences[i + 1];
        const last = /(\S+)$/.exec(text.slice(s.start, s.end))?.[1] ?? '';
        if (next && next.start - s.end < 3 && (abbreviations.has(last.toLowerCase()) || /^(?:[A-Z]\.){2,}$/.test(last))
          && !/^(The|A|An|He|She|It|They|We|I|In|On|But|And)\b/.test(text.slice(next.start, next.end))) row.abbrev++;
      });
    }
  }
}
console.log(`gold mentions (time, quantity, entity): ${mentions}; corpora: ${dirs.join(', ')}\n`);
console.log('splitter                         | sentences | mentions cut | ends on an abbreviation');
console.log('---------------------------------|-----------|--------------|------------------------');
for (const [label, r] of Object.entries(rows)) console.log(`${label.padEnd(33)}| ${String(r.sentences).padStart(9)} | ${String(r.cut).padStart(12)} | ${String(r.abbrev).padStart(6)}`);
