/**
 * The edge of a month: "the end of November", "the beginning of December",
 * "the middle of March", "the end of the month". TIMEX3 gives the month with
 * a mod (END, START, MID), as "year-end" is the year with END; the date grammar reads
 * the end as the month's last day and leaves "the beginning of" out. Runs
 * after the month's year is placed.
 */
import type { TimeMention } from '../../../model/mention.js';
import { timexValue, type TimexMod } from '../../../model/timex.js';

const INSIDE = /^(end|beginning|start|middle) of /i;
const BEFORE = /\b(end|beginning|start|middle) of (?:the )?$/i;
const THE = /\bthe $/i;
const MONTH = /^(\d{4}-\d{2})(?:-\d{2})?$/;
/** A day of the month written in the text ("the end of Nov. 30") is a day, not an edge. */
const DAY_NUMBER = /(?<!\d)\d{1,2}(?!\d)/;
const MOD: Record<string, TimexMod> = { end: 'END', beginning: 'START', start: 'START', middle: 'MID' };

export function monthEdge(m: TimeMention, text: string): TimeMention {
  const month = MONTH.exec(m.value);
  if (!month || DAY_NUMBER.test(m.text)) return m;
  const inside = INSIDE.exec(m.text);
  const before = inside ? null : BEFORE.exec(text.slice(Math.max(0, m.start - 20), m.start));
  const edge = inside ?? before;
  if (!edge) return m;
  const at = before ? m.start - before[0].length : m.start;
  const start = THE.test(text.slice(Math.max(0, at - 4), at)) ? at - 4 : at;
  return {
    ...m, start, text: text.slice(start, m.end), value: timexValue(month[1]!), mod: MOD[edge[1]!.toLowerCase()]!,
    via: [...m.via, 'refiner/month-edge'],
  };
}
