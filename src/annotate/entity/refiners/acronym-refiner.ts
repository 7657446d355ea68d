/**
 * An abbreviation takes the name it stands for: one the report defines, "Northern Holding
 * Facility (NHF)" or "the NHF, Estmark's Northern Holding Facility", or else the one
 * name of a body in the report whose initials it spells ("ACLU" for "American Civil Liberties
 * Union"). Every use of the abbreviation then resolves to that name.
 */
import type { EntityMention } from '../../../model/mention.js';
import type { Refiner } from '../../common/extractor.js';
import { entityWords, initialsOf, isAcronym, isCapitals } from '../words.js';

/** What may stand between a name and its abbreviation in brackets, and between an abbreviation and the name in apposition. */
const BRACKETS = /^\s*\($/;
const APPOSITION = /^,\s+(?:the\s+)?(?:[^,.;()]{1,40}?['’]s\s+)?$/;
const BODY = new Set(['organization', 'facility', 'group', 'law']);

export function abbreviationKey(text: string): string {
  return text.replace(/\./g, '').toUpperCase();
}

/** Abbreviation → the mention of the full name, from the definitions in one report. */
function definedAbbreviations(mentions: readonly EntityMention[], text: string): Map<string, EntityMention> {
  const defined = new Map<string, EntityMention>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    // Not a dateline's agency ("UNITED NATIONS (AP) —"): the name is not in capitals, the brackets close no dateline.
    // Abbreviations that are defined: capitals without dots ("N.J." and "U.S." are places, not defined names).
    if (isCapitals(b.text) && a.text.includes(' ') && a.text !== a.text.toUpperCase() && BRACKETS.test(text.slice(a.end, b.start)) && text[b.end] === ')' && !/^\)\s*[-–—]/.test(text.slice(b.end, b.end + 4))) {
      defined.set(abbreviationKey(b.text), a);
      continue;
    }
    if (!isCapitals(a.text)) continue;
    // The name in apposition may come after a possessive that is itself a mention ("Estmark's").
    const name = mentions.slice(i + 1, i + 4).find((m) => m.start - a.end < 60 && BODY.has(m.type) && m.text.includes(' '));
    if (name && APPOSITION.test(text.slice(a.end, name.start))) defined.set(abbreviationKey(a.text), name);
  }
  return defined;
}

export const acronymRefiner: Refiner<EntityMention> = {
  name: 'acronym',
  refine({ text }, mentions) {
    const w = entityWords();
    const defined = definedAbbreviations(mentions, text);
    const bodies = mentions.filter((e) => BODY.has(e.type) && e.text.includes(' '));
    // Each body's initials, worked out once for all the abbreviations a report uses.
    let initials: string[][] | null = null;
    const spelled = (key: string) => {
      initials ??= bodies.map((e) => initialsOf(e.canonical, w));
      const names = new Set(bodies.filter((_, i) => initials![i]!.includes(key)).map((e) => e.canonical));
      return names.size === 1 ? bodies.find((e) => names.has(e.canonical)) : undefined;
    };
    // The name an abbreviation stands for, once per abbreviation: a report repeats the few it uses.
    const fullNames = new Map<string, EntityMention | undefined>();
    const fullName = (abbreviation: string) => {
      if (fullNames.has(abbreviation)) return fullNames.get(abbreviation);
      const key = abbreviationKey(abbreviation);
      const full = defined.get(key) ?? (key.length >= 3 ? spelled(key) : undefined);
      fullNames.set(abbreviation, full);
      return full;
    };
    return mentions.map((e) => {
      if (!isAcronym(e.text) || e.canonical !== e.text) return e;
      const full = fullName(e.text);
      return full ? { ...e, canonical: full.canonical, type: full.type, via: [...e.via, 'refiner/acronym'] } : e;
    });
  },
};
