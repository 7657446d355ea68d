/**
 * Puts the mentions of several recognizers in text order, which the refiners after it read them in
 * (a name and the one right before it).
 */
import type { EntityMention } from '../../../model/mention.js';
import type { Refiner } from '../../common/extractor.js';

export const textOrderRefiner: Refiner<EntityMention> = {
  name: 'text-order',
  refine(_input, mentions) {
    return [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  },
};
