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
      const [first, ...rest] = e.canonical.split(' ');
      const full = first && rest.length ? aliases[first] : undefined;
      return full ? { ...e, canonical: `${full} ${rest.join(' ')}`, via: [...e.via, 'refiner/alias-prefix'] } : e;
    });
  },
};
