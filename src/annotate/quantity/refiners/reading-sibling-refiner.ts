/**
 * A number written as a reading (one digit, a decimal mark, one digit) near a reading on a named scale
 * is another value on that scale, though its own words do not name it: "magnitude 7.4 ... the USGS,
 * which rated it 7.1", "magnitud 7,4 según el instituto y de 7,1 según el USGS". Reports give a
 * quake's magnitude from two agencies this way; alone, such a number would be dropped as bare.
 */
import type { QuantityMention } from '../../../model/mention.js';
import type { Refiner } from '../../common/extractor.js';
import { byStart } from '../../../model/span.js';
import { alternation } from '../../common/phrases.js';
import { fromLexicons, lexicon } from '../../../lexicon/index.js';
import { scaleReadingPatterns } from '../recognizers/scale-reading-recognizer.js';

/** A scale's name in any language read ("magnitude", "magnitud"), with the unit it gives; the units of all. */
const scaleWords = () => fromLexicons('reading-sibling-scales', () => {
  const units = new Map(scaleReadingPatterns().nameWords);
  for (const language of ['es', 'pt']) {
    const local = lexicon<{ readings?: { before: readonly string[]; unit: string } }>(`${language}/numbers`).readings;
    for (const word of local?.before ?? []) units.set(word.split(' ')[0]!.toLowerCase(), local!.unit);
  }
  return { units, scales: new Set(units.values()), pattern: new RegExp(`(?<![\\p{L}])(?:${alternation(units.keys())})(?![\\p{L}])`, 'giu') };
});

/** A reading's digits: "7.1", "7,1"; not inside a longer number, a price or a word. */
const SIBLING = /(?<![\p{L}\d.,$€£¥₹])\d[.,]\d(?![\d\p{L}%]|[.,]\d)/gu;
/** Words after the number that give it a unit or scale of its own ("2.5 million", "1.5 km", "3,2 por ciento"). */
const OWN_UNIT = /^\s*(?:million|millones|milhões|billion|bn|mil|thousand|percent|per\s+cent|por\s+ciento|por\s+cento|km|kilómetros|quilômetros|kilometres|kilometers|metres|meters|metros|miles|millas|seconds|segundos|minutes|minutos|hours|horas|días|dias|days|years|años|anos)\b/iu;
/** Characters between a reading and a number read as its sibling, within one paragraph. */
const REACH = 240;

export const readingSiblingRefiner: Refiner<QuantityMention> = {
  name: 'reading-sibling',
  refine({ text, doc }, mentions) {
    const { units, scales, pattern } = scaleWords();
    // What a sibling is read beside: a reading, or a scale named in words ("calculó una magnitud algo menor, de 7,1").
    const readings: { start: number; end: number; unit: string }[] = mentions.filter((q) => q.unit !== null && scales.has(q.unit)).map((q) => ({ start: q.start, end: q.end, unit: q.unit! }));
    pattern.lastIndex = doc.report.bodyStart;
    for (let w = pattern.exec(text); w; w = pattern.exec(text)) readings.push({ start: w.index, end: w.index + w[0].length, unit: units.get(w[0].toLowerCase())! });
    if (readings.length === 0) return mentions;
    const taken = [...mentions].sort(byStart);
    const free = (start: number, end: number) => !taken.some((q) => q.start < end && start < q.end);
    const added: QuantityMention[] = [];
    SIBLING.lastIndex = doc.report.bodyStart;
    for (let m = SIBLING.exec(text); m; m = SIBLING.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end) || OWN_UNIT.test(text.slice(end, end + 16))) continue;
      const near = readings.find((r) => {
        const [from, to] = r.end <= start ? [r.end, start] : [end, r.start];
        return to - from <= REACH && !text.slice(from, to).includes('\n\n');
      });
      if (!near) continue;
      added.push({ kind: 'quantity', start, end, text: m[0], value: Number(m[0].replace(',', '.')), min: null, max: null, minExclusive: false, maxExclusive: false,
        approx: false, counted: null, countedSpan: null, countedHead: null, unit: near.unit, via: ['refiner/reading-sibling'] });
    }
    return added.length ? [...mentions, ...added].sort(byStart) : mentions;
  },
};
