/**
 * A count joined to its noun by a hyphen, modifying another noun: "a 176-seat majority", "the
 * 12-member crew", "a 242-seat airliner". The number counts the joined noun. Spans of time ("a
 * 3-day strike", time's) and the like (lexicon quantity-compounds `notCounted`) are not counts; a
 * unit of measurement joined so ("the 2,980-metre runway", "a 10-km stretch") makes an amount in
 * that unit. An age ("a 19-year-old man") is one, of the head `age`: two reports giving a victim's
 * age as 18 and 19 disagree.
 */
import type { QuantityMention } from '../../../model/mention.js';
import { matchesFrom, type Recognizer } from '../../common/extractor.js';
import { fromLexicons, lexicon } from '../../../lexicon/index.js';
import { countedHead } from '../counted.js';
import type { UnitLexicon } from '../units.js';

const compiled = () => fromLexicons('quantity-compounds-compiled', () => ({
  not: new Set([...lexicon<{ notCounted: string[] }>('quantity-compounds').notCounted, ...Object.keys(lexicon<UnitLexicon>('quantity-units').units)].map((w) => w.toLowerCase())),
  // Units of length and weight by the word joined to the number; shares and rates are no compound of this kind.
  units: new Map(Object.entries(lexicon<UnitLexicon>('quantity-units').units).filter(([w, u]) => /^\p{Ll}+$/u.test(w) && MEASURES.has(u))),
  // Digits, a hyphen, one lower-case noun, then the noun it modifies.
  re: /(?<![\p{L}\d.,$€£-])(\d{1,3}(?:,\d{3})+|\d+)-(\p{Ll}+)(?![\p{L}\d-])(?=\s+\p{L})/gu,
  age: /(?<![\p{L}\d.,$€£-])(\d{1,3})-years?-old(?![\p{L}\d-])/giu,
}));

/** The units a measurement joined by a hyphen is given in: lengths and weights. */
const MEASURES: ReadonlySet<string> = new Set(['km', 'm', 'mi', 'ft', 'kg', 't']);

function count(text: string, start: number, end: number, value: number, nounStart: number, head: string | null, via: string): QuantityMention {
  return { kind: 'quantity', start, end, text: text.slice(start, end), value, min: null, max: null, minExclusive: false, maxExclusive: false,
    approx: false, counted: text.slice(nounStart, end), countedSpan: { start: nounStart, end }, countedHead: head, unit: null, via: [via] };
}

export const compoundCountRecognizer: Recognizer<QuantityMention> = {
  name: 'compound-count',
  recognize({ doc, text }) {
    const { not, units, re, age } = compiled();
    const out: QuantityMention[] = [];
    for (const m of matchesFrom(re, text, doc.report.bodyStart)) {
      const noun = m[2]!;
      const unit = units.get(noun);
      if (!unit && not.has(noun)) continue;
      const end = m.index + m[0].length;
      const value = Number(m[1]!.replace(/,/g, ''));
      if (unit) out.push({ ...count(text, m.index, end, value, end, null, 'recognizer/compound-count/unit'), counted: null, countedSpan: null, unit });
      else out.push(count(text, m.index, end, value, end - noun.length, countedHead(noun), 'recognizer/compound-count'));
    }
    for (const m of matchesFrom(age, text, doc.report.bodyStart)) {
      const end = m.index + m[0].length;
      out.push(count(text, m.index, end, Number(m[1]), m.index + m[1]!.length + 1, 'age', 'recognizer/compound-count/age'));
    }
    return out;
  },
};
