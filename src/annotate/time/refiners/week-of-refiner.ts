/**
 * "the week of March 6" is one time, the ISO week of the day named (2000-W10),
 * where the date grammar reads the day alone. Runs after the day's year is placed.
 */
import type { TimeMention } from '../../../model/mention.js';
import { timexValue } from '../../../model/timex.js';
import { isoWeek } from '../calendar.js';

const WEEK_OF = /\b(?:the )?week of $/i;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function weekOf(m: TimeMention, text: string): TimeMention {
  const d = DAY.exec(m.value);
  const w = WEEK_OF.exec(text.slice(Math.max(0, m.start - 12), m.start));
  if (!d || !w) return m;
  const start = m.start - w[0].length;
  const value = isoWeek(new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]))));
  return { ...m, start, text: text.slice(start, m.end), value: timexValue(value), via: [...m.via, 'refiner/week-of'] };
}
