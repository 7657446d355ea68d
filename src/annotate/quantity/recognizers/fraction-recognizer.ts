/**
 * Fractions of a whole: "a third of voters", "two-thirds of the homes", "half of
 * the staff" (the share, 1/3, with what it is a share of in `counted`), and a
 * fraction of a scale: "half a million people", "a quarter of a billion euros".
 */
import type { QuantityMention } from '../../../model/mention.js';
import type { Recognizer } from '../../common/extractor.js';
import { matchesNearBounded } from '../near.js';
import { counted, countedHead, countEnd, NUMBER_WORDS } from '../counted.js';
import { unitAfter } from '../units.js';
import { lexicon } from '../../../lexicon/index.js';

const DENOMINATORS: Readonly<Record<string, number>> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10 };
const SCALES: Readonly<Record<string, number>> = { dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };
const NUMERATORS = ['a', 'an', 'one', ...Object.keys(NUMBER_WORDS).slice(1, 9)];
const NUMERATOR = NUMERATORS.join('|');
/** "a third of", "two-thirds of", "half of", "half a million", "a quarter of a billion". */
export const FRACTION = new RegExp(`(?<![\\p{L}-])(?:(${NUMERATOR})[\\s-])?(${Object.keys(DENOMINATORS).join('|')})(?:\\s+(?:of\\s+)?an?\\s+(${Object.keys(SCALES).join('|')})\\b|(?=\\s+of\\s))`, 'giu');
/**
 * What every FRACTION match holds, at most a numerator and its separator after the match opens: FRACTION, which
 * tries its numerators at every position, runs only near one. 61% of the TempEval documents hold none. Read without
 * FRACTION's `u`, which would fold only "ſ" and the Kelvin sign onto ASCII letters, and these words hold no s or k.
 */
const DENOMINATOR_WORD = /half|halve|third|quarter|fifth|tenth/i;
const NUMERATOR_REACH = Math.max(...NUMERATORS.map((n) => n.length)) + 1;

/** FRACTION's matches from `from` on, as its scan of every position finds them. */
export const fractionMatches = (text: string, from: number) => matchesNearBounded(FRACTION, DENOMINATOR_WORD, NUMERATOR_REACH, text, from);
// What a share is of may open with a determiner ("half of the staff"): kept in `counted`, skipped to find the noun.
const DETERMINER = /^\s+(?:of\s+)?((?:the|these|those|its|their|his|her|our|all)\s+)?/i;

/** A currency written out after the scale ("half a billion dollars"), as its ISO code (lexicon currency-words). */
function currencyAfter(text: string, at: number): { unit: string; end: number } | null {
  const word = /^\s+([a-z]+)\b/i.exec(text.slice(at, at + 20));
  const code = word ? lexicon<Record<string, string>>('currency-words')[word[1]!.toLowerCase()] : undefined;
  return code ? { unit: code, end: at + word![0].length } : null;
}

export const fractionRecognizer: Recognizer<QuantityMention> = {
  name: 'fraction',
  recognize({ doc, text }) {
    const out: QuantityMention[] = [];
    for (const m of fractionMatches(text, doc.report.bodyStart)) {
      const numerator = m[1]?.toLowerCase();
      const denominator = m[2]!.toLowerCase();
      // "a half" and "half" are one half; a bare "quarter" or "third" without its article is an ordinal or a period.
      if (!numerator && denominator !== 'half') continue;
      const n = !numerator || numerator === 'a' || numerator === 'an' ? 1 : NUMBER_WORDS[numerator]!;
      const share = n / DENOMINATORS[denominator]!;
      const scale = m[3] ? SCALES[m[3].toLowerCase()]! : null;
      // "half a million tonnes": a unit after the scale is the amount's unit, not what it counts.
      const unit = m[3] ? unitAfter(text, m.index + m[0].length) ?? currencyAfter(text, m.index + m[0].length) : null;
      if (unit) {
        out.push({ kind: 'quantity', start: m.index, end: unit.end, text: text.slice(m.index, unit.end), value: share * SCALES[m[3]!.toLowerCase()]!, min: null, max: null,
          minExclusive: false, maxExclusive: false, approx: false, counted: null, countedSpan: null, countedHead: null, unit: unit.unit, via: ['recognizer/fraction', 'lexicon/quantity-units'] });
        continue;
      }
      const after = m.index + m[0].length;
      const det = DETERMINER.exec(text.slice(after))!;
      const np = counted(text, after + det[0].length);
      const end = np ? countEnd(text, np) : after;
      const cStart = np ? after + det[0].length - (det[1]?.length ?? 0) : 0;
      const c = np ? text.slice(cStart, np.end) : null;
      if (!scale && !c) continue;
      out.push({ kind: 'quantity', start: m.index, end, text: text.slice(m.index, end), value: scale ? share * scale : share, min: null, max: null,
        minExclusive: false, maxExclusive: false, approx: false, counted: c, countedSpan: np ? { start: cStart, end: np.end } : null, countedHead: countedHead(c),
        unit: null, via: ['recognizer/fraction'] });
    }
    return out;
  },
};
