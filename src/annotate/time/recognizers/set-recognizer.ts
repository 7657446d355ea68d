/**
 * Sets, times that recur: "daily", "weekly", "every day", "each year",
 * "every quarter" (a period: P1D, P1Y, P1Q), "each Thursday" (XXXX-WXX-4),
 * "each July" (XXXX-07), "every morning" (XXXX-XX-XXTMO). A weekday or a
 * month after "each"/"every" names no one date, so the set replaces it.
 */
import { DAY_PART, pad } from '../calendar.js';
import type { TimeFound } from '../found.js';
import { timeMention } from '../mention.js';
import type { TimeRecognizer } from '../time-extractor.js';
import { keyedPattern } from '../keyed-pattern.js';

/** Read from "ly" ("daily", "hourly"), "each " or "every ", in its first word: a cheaper scan than the five adverbs. */
export const SET = keyedPattern(/\b(?:(daily|weekly|monthly|annually|hourly)|(?:each|every) (day|week|month|year|quarter|hour|morning|afternoon|evening|night|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december))\b/gi, /ly|each |every /i, { words: 1 });
const PERIOD: Record<string, string> = { daily: 'P1D', day: 'P1D', weekly: 'P1W', week: 'P1W', monthly: 'P1M', month: 'P1M', annually: 'P1Y', year: 'P1Y', quarter: 'P1Q', hourly: 'PT1H', hour: 'PT1H' };
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export function sets(text: string, from: number): TimeFound[] {
  const out: TimeFound[] = [];
  for (const m of SET.matches(text, from)) {
    const w = (m[1] ?? m[2])!.toLowerCase();
    // "May" after "each" stays the verb unless written as the month.
    if (w === 'may' && m[2] !== 'May') continue;
    const value = PERIOD[w] ?? (DAY_PART[w] ? `XXXX-XX-XXT${DAY_PART[w]}` : w === 'weekend' ? 'XXXX-WXX-WE'
      : WEEKDAYS.includes(w) ? `XXXX-WXX-${WEEKDAYS.indexOf(w) + 1}` : `XXXX-${pad(MONTHS.indexOf(w) + 1)}`);
    out.push({ start: m.index, end: m.index + m[0].length, value, via: 'recognizer/set' });
  }
  return out;
}

/** "each Thursday" names no one Thursday: the set replaces the date read inside it. */
export const setRecognizer: TimeRecognizer = {
  name: 'set',
  placement: 'replace-inside',
  recognize: ({ text, from }) => sets(text, from).map((p) => timeMention(text, p.start, p.end, 'SET', p.value, null, p.via, null)),
};
