/** Within a report a surname or a handle resolves to the fullest name of a person that ends with it ("Marrow", "@ilsemarrow" → "Ilse Marrow"). */
import type { EntityMention } from '../../../model/mention.js';
import type { Refiner } from '../../common/extractor.js';
import { isAcronym } from '../words.js';

const lastWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1);

export const surnameRefiner: Refiner<EntityMention> = {
  name: 'surname-to-full-name',
  refine(_input, mentions) {
    const full = mentions.filter((e) => e.type === 'person' && e.canonical.includes(' '));
    // The first full name by its last word: a lookup per surname, where a scan of every full name
    // per surname cost the square of a long report's names.
    const bySurname = new Map<string, EntityMention>();
    for (const f of full) if (!bySurname.has(lastWord(f.canonical))) bySurname.set(lastWord(f.canonical), f);
    // A handle's person, once per handle: a report repeats the same few handles.
    const owners = new Map<string, EntityMention | undefined>();
    const handleOwner = (handle: string) => {
      if (!owners.has(handle)) owners.set(handle, [...bySurname].find(([surname]) => handle.includes(surname.toLowerCase()))?.[1]);
      return owners.get(handle);
    };
    return mentions.map((e) => {
      // An abbreviation is no surname ("ABC" after "Lisa Stark, ABC").
      if (e.canonical.includes(' ') || e.type === 'place' || isAcronym(e.text)) return e;
      const handle = e.canonical.startsWith('@') ? e.canonical.slice(1).toLowerCase() : null;
      const long = handle ? handleOwner(handle) : bySurname.get(e.canonical);
      return long ? { ...e, canonical: long.canonical, type: long.type, via: [...e.via, 'refiner/surname-to-full-name'] } : e;
    });
  },
};
