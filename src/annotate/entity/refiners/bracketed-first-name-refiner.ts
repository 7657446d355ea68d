/** "Mayor [Ilse] Marrow": a first name the editor put in brackets completes the name. */
import type { EntityMention } from '../../../model/mention.js';
import { matchesFrom, type Refiner } from '../../common/extractor.js';
import { byStart } from '../../../model/span.js';

const BRACKETED = /\[([A-Z][\p{L}'’-]+)\][ \t]+([A-Z][\p{L}'’-]*\p{L})/gu;

export const bracketedFirstNameRefiner: Refiner<EntityMention> = {
  name: 'bracketed-first-name',
  refine({ doc, text }, mentions) {
    // Most reports hold no bracket: found by a search, where the pattern read the text more slowly.
    if (text.indexOf('[', doc.report.bodyStart) < 0) return mentions;
    let out = mentions;
    for (const m of matchesFrom(BRACKETED, text, doc.report.bodyStart)) {
      const start = m.index;
      const end = start + m[0].length;
      const overlaps = (e: EntityMention) => e.start < end && start < e.end;
      const role = out.find(overlaps)?.role ?? null;
      out = [...out.filter((e) => !overlaps(e)), { kind: 'entity', start, end, text: m[0], type: 'person', canonical: `${m[1]} ${m[2]}`, role, via: ['recognizer/bracketed-first-name'] }];
    }
    return out === mentions ? out : out.sort(byStart);
  },
};
