/**
 * A name nothing has typed takes the type its apposition gives it: "Varnpost, a local news
 * website" is an organization, "Castrel, a small town" a place. The words after the article are
 * read for a typing cue, as the words inside a name are.
 */
import type { EntityMention, EntityType } from '../../../model/mention.js';
import type { Refiner } from '../../common/extractor.js';
import { entityWords } from '../words.js';

const APPOSITION = /^,\s+(?:a|an|the)\s+((?:[a-z-]+\s+){0,3}[a-z-]+)/;

export const appositionTypeRefiner: Refiner<EntityMention> = {
  name: 'apposition-type',
  refine({ text }, mentions) {
    const w = entityWords();
    const typed = new Map<string, EntityType>();
    for (const e of mentions) {
      if (e.type !== 'other') continue;
      const words = APPOSITION.exec(text.slice(e.end, e.end + 60))?.[1]?.split(/\s+/) ?? [];
      const type = words.map((x) => w.cueTypes.get(x)).find(Boolean);
      if (type) typed.set(e.canonical, type);
    }
    if (!typed.size) return mentions;
    // The apposition types the name wherever the report uses it.
    return mentions.map((e) => (e.type === 'other' && typed.has(e.canonical) ? { ...e, type: typed.get(e.canonical)!, via: [...e.via, 'refiner/apposition-type'] } : e));
  },
};
