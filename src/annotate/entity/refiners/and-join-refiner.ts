/**
 * "And" joins two names, not one ("the River Guild and MS-13", "Brandt and Marrow"), except inside the
 * name of a body: a name of an organization with "of" in it takes the next name after "and" as its
 * own ("Department of Health and Human Services"), and so do two names whose joined initials are
 * the abbreviation written right after them ("Immigration and Customs Enforcement (ICE)").
 */
import type { EntityMention } from '../../../model/mention.js';
import type { Refiner } from '../../common/extractor.js';
import { entityWords, initialsOf, typeOf } from '../words.js';

const ABBREVIATION_AFTER = /^\s*\(([A-Z]{2,})\)/;

export const andJoinRefiner: Refiner<EntityMention> = {
  name: 'and-join',
  refine({ text }, mentions) {
    const w = entityWords();
    const out = [...mentions];
    for (let i = out.length - 2; i >= 0; i--) {
      const a = out[i]!;
      const b = out[i + 1]!;
      if (text.slice(a.end, b.start) !== ' and ' || b.role) continue;
      const joined = text.slice(a.start, b.end);
      const abbreviation = ABBREVIATION_AFTER.exec(text.slice(b.end, b.end + 12))?.[1];
      const ofBody = a.type === 'organization' && / of /.test(a.text);
      if (!ofBody && !(abbreviation && initialsOf(joined, w).includes(abbreviation))) continue;
      out.splice(i, 2, { ...a, end: b.end, text: joined, canonical: joined, type: ofBody ? a.type : typeOf(joined, a.role, w) });
    }
    return out;
  },
};
