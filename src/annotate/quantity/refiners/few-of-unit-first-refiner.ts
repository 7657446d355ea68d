/** "a few dozen boats" is one amount: a number inside a few-of-unit phrase is part of it. */
import type { QuantityMention } from '../../../model/mention.js';
import type { Refiner } from '../../common/extractor.js';

export const fewOfUnitFirstRefiner: Refiner<QuantityMention> = {
  name: 'few-of-unit-first',
  refine(_input, mentions) {
    const few = mentions.filter((q) => q.via[0] === 'recognizer/few-of-unit');
    if (!few.length) return mentions;
    return mentions.filter((q) => q.via[0] !== 'recognizer/number' || !few.some((f) => f.start < q.end && q.start < f.end));
  },
};
