/**
 * "a few dozen boats", "half a dozen boats", "a 7.7-magnitude quake" are one amount each: a number
 * inside a few-of-unit, fraction or scale-reading phrase, before what it counts, is part of it
 * ("300" in "a third of the 300 homes" is not).
 */
import type { QuantityMention } from '../../../model/mention.js';
import type { Refiner } from '../../common/extractor.js';

const WHOLE_PHRASES = new Set(['recognizer/few-of-unit', 'recognizer/fraction', 'recognizer/scale-reading']);

export const fewOfUnitFirstRefiner: Refiner<QuantityMention> = {
  name: 'few-of-unit-first',
  refine(_input, mentions) {
    const few = mentions.filter((q) => WHOLE_PHRASES.has(q.via[0]!));
    if (!few.length) return mentions;
    return mentions.filter((q) => q.via[0] !== 'recognizer/number' || !few.some((f) => f.start <= q.start && q.start < (f.countedSpan?.start ?? f.end)));
  },
};
