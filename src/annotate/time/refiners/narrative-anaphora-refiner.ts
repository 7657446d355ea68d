/**
 * "that morning", "that day": the day the narrative is on, the last full
 * date named before it, with the part of day put on it. With no such date
 * it is no time, and it still replaces what was read in its words.
 */
import type { TimeMention } from '../../../model/mention.js';
import { DAY_PART } from '../calendar.js';
import { timeMention } from '../mention.js';
import type { TimeRefiner } from '../time-extractor.js';
import { keyedPattern } from '../keyed-pattern.js';

/** Read from "hat " (one literal: the cheapest scan), in its first word. */
export const ANAPHORA = keyedPattern(/\b[Tt]hat (morning|afternoon|evening|night|day)\b/g, /hat /, { words: 1 });
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const textOrder = (a: TimeMention, b: TimeMention) => a.start - b.start;

export const narrativeAnaphoraRefiner: TimeRefiner = {
  name: 'narrative-anaphora',
  refine({ text, from, body }, mentions) {
    const out = [...mentions].sort(textOrder);
    for (const m of ANAPHORA.matches(body)) {
      const s = from + m.index;
      const e = s + m[0].length;
      const inside = out.findIndex((o) => o.start < e && s < o.end);
      if (inside >= 0) out.splice(inside, 1);
      const prior = out.findLast((o) => o.end <= s && o.type === 'DATE' && FULL_DATE.test(o.value));
      if (!prior) continue;
      const part = DAY_PART[m[1]!.toLowerCase()];
      out.push(timeMention(text, s, e, part ? 'TIME' : 'DATE', part ? `${prior.value}T${part}` : prior.value, null, 'refiner/narrative-anaphora', `narrative:${prior.start}`));
      out.sort(textOrder);
    }
    return out;
  },
};
