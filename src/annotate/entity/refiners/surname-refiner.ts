/** Within a report a surname or a handle resolves to the fullest name of a person that ends with it ("Marrow", "@ilsemarrow" → "Ilse Marrow"). */
import type { EntityMention } from '../../../model/mention.js';
import type { Refiner } from '../../common/extractor.js';
import { ACRONYM } from '../words.js';

export const surnameRefiner: Refiner<EntityMention> = {
  name: 'surname-to-full-name',
  refine(_input, mentions) {
    const full = mentions.filter((e) => e.type === 'person' && e.canonical.includes(' '));
    return mentions.map((e) => {
      // An abbreviation is no surname ("ABC" after "Lisa Stark, ABC").
      if (e.canonical.includes(' ') || e.type === 'place' || ACRONYM.test(e.text)) return e;
      const handle = e.canonical.startsWith('@') ? e.canonical.slice(1).toLowerCase() : null;
      const long = full.find((f) => (handle ? handle.includes(f.canonical.split(' ').pop()!.toLowerCase()) : f.canonical.endsWith(` ${e.canonical}`)));
      return long ? { ...e, canonical: long.canonical, type: long.type, via: [...e.via, 'refiner/surname-to-full-name'] } : e;
    });
  },
};
