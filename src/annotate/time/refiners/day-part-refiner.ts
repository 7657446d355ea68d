/**
 * A part of a day, or "the day", that the date grammar reads alone. After a preposition
 * and "the" ("in the morning", "later in the day") it is a part of the day
 * the narrative is on: the last full date named before it, else the day of
 * publication (the grammar reads "in the day" as tomorrow); "the next morning" is
 * of the day after that one. After "mid" or an edge
 * word ("mid afternoon", "late evening") the grammar's reading stands. Anywhere
 * else it is no time: a greeting ("Good evening"), a rate ("$40 a night"), a
 * modifier ("a morning radio show").
 */
import type { TimeMention } from '../../../model/mention.js';
import { timexValue } from '../../../model/timex.js';
import { DAY_MS, DAY_PART, isoDay } from '../calendar.js';
import type { TimeRefiner } from '../time-extractor.js';

const BARE = /^(?:the )?(morning|afternoon|evening|night|day)$/i;
const IN_THE = /\b(?:in|during|by|through|until|since|from|for|all|early|late|earlier|later) (?:the )?$|\bthe (next|following) $/i;
const EDGE = /\b(?:mid[- ]?|early |late )$/i;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}/;

/** `found` are a report's time mentions in text order; `ref` the publication date. */
export function dayParts(found: readonly TimeMention[], text: string, ref: Date): TimeMention[] {
  const out: TimeMention[] = [];
  for (const m of found) {
    const bare = BARE.exec(m.text);
    if (!bare || !m.via[0]?.startsWith('recognizer/date')) { out.push(m); continue; }
    const before = text.slice(Math.max(0, m.start - 20), m.start);
    if (EDGE.test(before) && !/^the /i.test(m.text)) { out.push(m); continue; }
    const lead = IN_THE.exec(before);
    if (!lead) continue;
    const start = lead[1] ? m.start - lead[0].length : /the $/i.test(lead[0]) ? m.start - 4 : m.start;
    const prior = [...out].reverse().find((o) => FULL_DATE.test(o.value));
    const on = prior ? Date.parse(`${prior.value.slice(0, 10)}T00:00:00Z`) : Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
    const d = new Date(on + (lead[1] ? DAY_MS : 0));
    const day = isoDay(d);
    const part = DAY_PART[bare[1]!.toLowerCase()];
    out.push({
      ...m, start, text: text.slice(start, m.end), type: part ? 'TIME' : 'DATE', value: timexValue(part ? `${day}T${part}` : day),
      certainty: 'implied', anchor: prior ? `narrative:${prior.start}` : 'dct', via: [...m.via, 'refiner/day-part'],
    });
  }
  return out;
}

export const dayPartRefiner: TimeRefiner = { name: 'day-part', refine: ({ text, ref }, mentions) => (ref ? dayParts(mentions, text, ref) : mentions) };
