/**
 * A count joined to its noun by a hyphen, modifying another noun: "a 176-seat majority", "the
 * 12-member crew", "a 242-seat airliner". The number counts the joined noun. Spans of time ("a
 * 3-day strike", time's), units ("a 2-mile stretch"), ages ("12-year-old") and the like
 * (lexicon quantity-compounds `notCounted`) are not counts.
 */
import type { QuantityMention } from '../../../model/mention.js';
import { matchesFrom, type Recognizer } from '../../common/extractor.js';
import { fromLexicons, lexicon } from '../../../lexicon/index.js';
import { countedHead } from '../counted.js';
import type { UnitLexicon } from '../units.js';

const compiled = () => fromLexicons('quantity-compounds-compiled', () => ({
  not: new Set([...lexicon<{ notCounted: string[] }>('quantity-compounds').notCounted, ...Object.keys(lexicon<UnitLexicon>('quantity-units').units)].map((w) => w.toLowerCase())),
  // Digits, a hyphen, one lower-case noun, then the noun it modifies.
  re: /(?<![\p{L}\d.,$€£-])(\d{1,3}(?:,\d{3})+|\d+)-(\p{Ll}+)(?![\p{L}\d-])(?=\s+\p{L})/gu,
}));

export const compoundCountRecognizer: Recognizer<QuantityMention> = {
  name: 'compound-count',
  recognize({ doc, text }) {
    const { not, re } = compiled();
    const out: QuantityMention[] = [];
    for (const m of matchesFrom(re, text, doc.report.bodyStart)) {
      const noun = m[2]!;
      if (not.has(noun)) continue;
      const start = m.index;
      const end = start + m[0].length;
      const nounStart = end - noun.length;
      out.push({ kind: 'quantity', start, end, text: m[0], value: Number(m[1]!.replace(/,/g, '')), min: null, max: null, minExclusive: false, maxExclusive: false,
        approx: false, counted: noun, countedSpan: { start: nounStart, end }, countedHead: countedHead(noun), unit: null, via: ['recognizer/compound-count'] });
    }
    return out;
  },
};
