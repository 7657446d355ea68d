/**
 * "in San Luis Talpa", "near Castrel", "northern Kalen": a name after a preposition of place or a
 * compass word, which nothing else makes a person (no role, no titled person of that surname in the
 * report), is a place.
 */
import type { EntityMention } from '../../../model/mention.js';
import type { Refiner } from '../../common/extractor.js';
import { isSpaceAt } from '../words.js';

// Not "at": workers at a company, a speech at a university.
const PLACE_PREPOSITION = /\b(?:in|near|outside|(?:north|south)?(?:north|south|east|west)ern)\s+$/;
/** How far before a name the preposition is looked for ("southwestern " is 13 characters). */
const WINDOW = 14;

/**
 * Whether PLACE_PREPOSITION ends the WINDOW characters before `start`. The pattern is tried from each of
 * them; most names have spaces before them after a word ending in no "n", "r" or "e", read by code.
 */
export function afterPlacePreposition(text: string, start: number): boolean {
  const from = Math.max(0, start - WINDOW);
  let word = start;
  while (word > from && isSpaceAt(text, word - 1)) word--;
  const last = text.charCodeAt(word - 1);
  return word < start && word > from && (last === 110 || last === 114 || last === 101) && PLACE_PREPOSITION.test(text.slice(from, start));
}

const lastWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1);

export const placeAfterPrepositionRefiner: Refiner<EntityMention> = {
  name: 'place-after-preposition',
  refine({ text }, mentions) {
    const people = new Set(mentions.filter((e) => e.type === 'person' && e.role).map((e) => lastWord(e.canonical)));
    return mentions.map((e) => {
      if ((e.type !== 'person' && e.type !== 'other') || e.role || !afterPlacePreposition(text, e.start)) return e;
      // Not a name resolved to a person's, nor an owner ("in Marrow's house").
      if (e.text.startsWith('@') || e.canonical !== e.text || /^['’]s\b/.test(text.slice(e.end, e.end + 3)) || people.has(lastWord(e.canonical))) return e;
      return { ...e, type: 'place', via: [...e.via, 'refiner/place-after-preposition'] };
    });
  },
};
