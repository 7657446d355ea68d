/** A body's name that opens with an alias of a place spells the place out ("U.S. Department of Defense" → "United States Department of Defense"). */
import type { EntityMention } from '../../../model/mention.js';
import type { Refiner } from '../../common/extractor.js';
import { entityWords } from '../words.js';

const BODY = new Set(['organization', 'facility', 'law']);

export const aliasPrefixRefiner: Refiner<EntityMention> = {
  name: 'alias-prefix',
  refine(_input, mentions) {
    const { aliases } = entityWords();
    return mentions.map((e) => {
      if (!BODY.has(e.type)) return e;
      const cut = e.canonical.indexOf(' ');
      const full = cut > 0 ? aliases[e.canonical.slice(0, cut)] : undefined;
      return full ? { ...e, canonical: `${full} ${e.canonical.slice(cut + 1)}`, via: [...e.via, 'refiner/alias-prefix'] } : e;
    });
  },
};
