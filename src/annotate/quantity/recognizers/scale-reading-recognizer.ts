/**
 * A reading on a scale named beside the number: "magnitude 7.7", "a magnitude of 7.8", "put the
 * magnitude at 7.9", "a 7.7-magnitude quake", "6.4 on the Richter scale", or marked by the scale's
 * symbol with its decimals ("M7.7", "Mw 6.4"; "M4" is a road). Small and often with decimals, such a number
 * counts nothing, so without its scale it would be dropped as a bare number; the scale is its unit
 * (lexicon quantity-units `readings`).
 */
import type { QuantityMention } from '../../../model/mention.js';
import { matchesFrom, type Recognizer } from '../../common/extractor.js';
import { fromLexicons, lexicon } from '../../../lexicon/index.js';
import { alternation } from '../../common/phrases.js';

const READING = '\\d{1,2}(?:\\.\\d{1,2})?';

/** The patterns, compiled once per lexicon set. */
export const scaleReadingPatterns = () => fromLexicons('scale-readings', () => {
  const readings = new Map(Object.entries(lexicon<{ readings: Record<string, string> }>('quantity-units').readings).map(([k, v]) => [k.toLowerCase(), v]));
  const words = alternation(readings.keys());
  // Scale then number ("magnitude 7.7", "a magnitude of 7.8", "put the magnitude at 7.9", "the magnitude was 7.6"),
  // or number then scale ("7.7-magnitude", "6.4 on the Richter scale").
  const before = new RegExp(`(?<![\\p{L}])(${words})(\\s+of\\s+|\\s+(?:at|was|is|to)\\s+|-|\\s+)(${READING})(?![\\d.,]\\d|[\\p{L}])`, 'giu');
  const after = new RegExp(`(?<![\\p{L}\\d.,])(${READING})(?:-|\\s+)(${words})(?![\\p{L}])`, 'giu');
  // Both patterns hold a scale's name, so its longest word, read with their flags: a text without one (most) is not
  // scanned. The names' opening words ("on the") are everywhere.
  const nameWords = new Map([...readings].map(([name, unit]) => [name.split(' ').reduce((a, b) => (b.length > a.length ? b : a)), unit]));
  const trigger = new RegExp(alternation(nameWords.keys()), 'iu');
  const marks = lexicon<{ readingMarks: Record<string, string> }>('quantity-units').readingMarks;
  // No lookbehind at the start, so the engine skips to each capital M; the character before is checked by code.
  const marked = new RegExp(`(${alternation(Object.keys(marks))}) ?(\\d\\.\\d{1,2})(?![\\d\\p{L}]|[.,]\\d)`, 'gu');
  return { readings, nameWords, before, after, trigger, marks, marked };
});

function reading(text: string, start: number, end: number, value: string, unit: string): QuantityMention {
  return { kind: 'quantity', start, end, text: text.slice(start, end), value: Number(value), min: null, max: null, minExclusive: false, maxExclusive: false,
    approx: false, counted: null, countedSpan: null, countedHead: null, unit, via: ['recognizer/scale-reading'] };
}

export const scaleReadingRecognizer: Recognizer<QuantityMention> = {
  name: 'scale-reading',
  recognize({ doc, text }) {
    const { readings, before, after, trigger, marks, marked } = scaleReadingPatterns();
    const out: QuantityMention[] = [];
    for (const m of matchesFrom(marked, text, doc.report.bodyStart)) {
      if (m.index > 0 && /[\p{L}\d]/u.test(text[m.index - 1]!)) continue;
      out.push(reading(text, m.index, m.index + m[0].length, m[2]!, marks[m[1]!]!));
    }
    if (!trigger.test(text)) return out;
    for (const m of matchesFrom(before, text, doc.report.bodyStart)) {
      // After a verb ("put the magnitude at 7.9") the number alone is the reading's words: the verb and its subject attribute it.
      const verbal = /^\s+(?:at|was|is|to)\s+$/i.test(m[2]!);
      const start = verbal ? m.index + m[0].length - m[3]!.length : m.index;
      out.push(reading(text, start, m.index + m[0].length, m[3]!, readings.get(m[1]!.toLowerCase().replace(/\s+/g, ' '))!));
    }
    for (const m of matchesFrom(after, text, doc.report.bodyStart)) out.push(reading(text, m.index, m.index + m[0].length, m[1]!, readings.get(m[2]!.toLowerCase().replace(/\s+/g, ' '))!));
    return out;
  },
};
