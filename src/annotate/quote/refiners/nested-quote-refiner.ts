/** A quote inside another quote (a 'phrase' inside a "sentence", a quotation inside an embedded post) is part of it; keeps the outer one. */
import type { QuoteMention } from '../../../model/mention.js';
import type { Refiner } from '../../common/extractor.js';
import { byStart } from '../../../model/span.js';

export const nestedQuoteRefiner: Refiner<QuoteMention> = {
  name: 'nested-quote',
  refine(_input, quotes) {
    // Sorted by start, longer first: an enclosing quote always comes before what it holds.
    let reach = -1;
    return [...quotes].sort(byStart).filter((q) => {
      if (q.end <= reach) return false;
      reach = q.end;
      return true;
    });
  },
};
