/**
 * A small exact number that counts nothing named, has no unit and opens no clause ("one day",
 * "two sides", "from 5 to 7") is too often not a count to keep; one in a tally ("SNP 9") is kept, and
 * so is one in a part of a whole ("57 aboard and six on the ground": the phrase of the part names who).
 */
import type { QuantityMention } from '../../../model/mention.js';
import type { Refiner } from '../../common/extractor.js';
import { partPhraseAfter } from '../part-phrase.js';

export const bareNumberRefiner: Refiner<QuantityMention> = {
  name: 'bare-number',
  refine({ text }, mentions) {
    return mentions.filter((q) => q.counted || q.unit || q.value === null || q.approx || q.value >= 10 || q.via.includes('refiner/elliptic-subject') || q.via.includes('refiner/tally')
      || partPhraseAfter(text, q.end) !== null);
  },
};
