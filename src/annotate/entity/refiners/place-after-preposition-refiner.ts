/**
 * "in San Luis Talpa", "near Castrel": a name after a preposition of place, which nothing else
 * makes a person (no role, no titled person of that surname in the report), is a place.
 */
import type { EntityMention } from '../../../model/mention.js';
import type { Refiner } from '../../common/extractor.js';

// Not "at": workers at a company, a speech at a university.
const PLACE_PREPOSITION = /\b(?:in|near|outside)\s+$/;

const lastWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1);

export const placeAfterPrepositionRefiner: Refiner<EntityMention> = {
  name: 'place-after-preposition',
  refine({ text }, mentions) {
    const people = new Set(mentions.filter((e) => e.type === 'person' && e.role).map((e) => lastWord(e.canonical)));
    return mentions.map((e) => {
      if ((e.type !== 'person' && e.type !== 'other') || e.role || !PLACE_PREPOSITION.test(text.slice(Math.max(0, e.start - 8), e.start))) return e;
      // Not a name resolved to a person's, nor an owner ("in Marrow's house").
      if (e.text.startsWith('@') || e.canonical !== e.text || /^['’]s\b/.test(text.slice(e.end, e.end + 3)) || people.has(lastWord(e.canonical))) return e;
      return { ...e, type: 'place', via: [...e.via, 'refiner/place-after-preposition'] };
    });
  },
};
