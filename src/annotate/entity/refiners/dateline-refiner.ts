/**
 * A wire dateline names the report's place and its agency: "AREQUIPA, Peru, Nov 13 (Harbor Wire) -".
 * A name in its place is a place, written as a name is ("AREQUIPA" is Arequipa, so it meets the
 * Arequipa of the body and of other reports); a name in its brackets is the agency, an organization.
 */
import type { EntityMention } from '../../../model/mention.js';
import type { Refiner } from '../../common/extractor.js';
import { datelineOf } from '../../../load/dateline.js';

/** "SAN LUCIO" as a name is written: "San Lucio". */
const asName = (caps: string) => caps.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

export const datelineRefiner: Refiner<EntityMention> = {
  name: 'dateline',
  refine({ doc, text }, mentions) {
    const body = doc.report.bodyStart;
    const line = datelineOf(text.slice(body, body + 200));
    if (!line) return mentions;
    const inside = (e: EntityMention, r: { start: number; end: number }) => e.start >= body + r.start && e.end <= body + r.end;
    return mentions.map((e) => {
      if (inside(e, line.place)) {
        const canonical = e.canonical === e.text && e.text === e.text.toUpperCase() ? asName(e.text) : e.canonical;
        return { ...e, type: 'place', canonical, via: [...e.via, 'refiner/dateline'] };
      }
      if (line.agencyAt && inside(e, line.agencyAt)) return { ...e, type: 'organization', via: [...e.via, 'refiner/dateline'] };
      return e;
    });
  },
};
