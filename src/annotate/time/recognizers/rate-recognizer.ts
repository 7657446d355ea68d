/**
 * Rates: "$2 million a year", "700 extra seats a week", "twice a month", "24
 * hours a day". TimeML reads the unit after "a" or "per" as a SET (P1Y,
 * P1W). When a time comes before it ("24 hours a day", "five days a week")
 * the whole phrase is the set, and a bound before it is its mod ("up to 24
 * hours a day" is EQUAL_OR_LESS). Without one, "a year" is a rate only right
 * after a figure and the words it counts ("hundreds of trucks a day");
 * "spent a year", "within a week" are lengths of time.
 */
import type { TimexMod } from '../../../model/timex.js';
import { NUMBER_WORDS } from '../../quantity/counted.js';
import { timeMention } from '../mention.js';
import type { TimeRecognizer } from '../time-extractor.js';
import { keyedPattern } from '../keyed-pattern.js';

const WORDS = Object.keys(NUMBER_WORDS).join('|');
const RATE = new RegExp(
  `\\b(?:(up to|about|nearly|almost|more than|at least) )?((?:\\d+|${WORDS}|twenty[- ]four) (?:minute|hour|day|week|month)s? )?`
  + `((?:once|twice|(?:\\d+|${WORDS}) times) )?(?:a|an|per) (minute|hour|day|week|month|year)\\b(?![- ](?:ago|earlier|later|before|after|old|long)\\b)`,
  'gi',
);
/**
 * Read from "a day", "per year", which every rate ends with and few other words hold, at most the eighth word ("more
 * than twenty-four hours three times a day").
 */
export const KEYED_RATE = keyedPattern(RATE, /\b(?:a|an|per) (?:minute|hour|day|week|month|year)/i, { words: 8 });
/** A figure, then at most two words it counts, just before the rate. */
const FIGURE_BEFORE = new RegExp(`(?:^|[\\s($])(?:\\d[\\d,.]*%?|${WORDS}|dozens|hundreds|thousands|millions|billions|thousand|million|billion)(?:\\s+(?:of\\s+)?[\\p{L}-]+){0,2}\\s+$`, 'iu');
const PERIOD: Record<string, string> = { minute: 'PT1M', hour: 'PT1H', day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y' };
const MOD: Record<string, TimexMod> = { 'up to': 'EQUAL_OR_LESS', about: 'APPROX', nearly: 'EQUAL_OR_LESS', almost: 'EQUAL_OR_LESS', 'more than': 'MORE_THAN', 'at least': 'EQUAL_OR_MORE' };

export interface RateFound { readonly start: number; readonly end: number; readonly value: string; readonly mod: TimexMod | null; readonly freq: string | null; readonly via: string }

const AMOUNT_UNIT: Record<string, [string, string]> = { minute: ['PT', 'M'], hour: ['PT', 'H'], day: ['P', 'D'], week: ['P', 'W'], month: ['P', 'M'] };
const count = (w: string) => (/^\d+$/.test(w) ? Number(w) : w.toLowerCase().split(/[- ]/).reduce((sum, p) => sum + (NUMBER_WORDS[p] ?? 0), 0));

/** What recurs, as TimeML's freq: an amount of time ("24 hours": PT24H) or a count of times ("twice": 2X). */
function freqOf(amount: string | undefined, times: string | undefined): string | null {
  if (amount) {
    const [, n, unit] = /^(.+?) (minute|hour|day|week|month)s? $/i.exec(amount)!;
    const [p, u] = AMOUNT_UNIT[unit!.toLowerCase()]!;
    return `${p}${count(n!)}${u}`;
  }
  if (!times) return null;
  const t = times.trim().toLowerCase();
  return `${t === 'once' ? 1 : t === 'twice' ? 2 : count(t.replace(/ times$/, ''))}X`;
}

/** The rates of a report's `body`, at their offsets in it. */
export function rates(body: string): RateFound[] {
  const out: RateFound[] = [];
  for (const m of KEYED_RATE.matches(body)) {
    const [whole, bound, amount, times, unit] = m;
    const end = m.index + whole.length;
    const value = PERIOD[unit!.toLowerCase()]!;
    if (amount) {
      out.push({ start: m.index, end, value, mod: bound ? MOD[bound.toLowerCase()]! : null, freq: freqOf(amount, times), via: 'recognizer/rate' });
      continue;
    }
    // "about a year" is a length of time.
    if (bound || (!times && !FIGURE_BEFORE.test(body.slice(Math.max(0, m.index - 60), m.index)))) continue;
    out.push({ start: m.index, end, value, mod: null, freq: freqOf(undefined, times), via: 'recognizer/rate' });
  }
  return out;
}

/** Rates come first: the amounts inside them ("$2 million a year", "24 hours a day") are not durations. */
export const rateRecognizer: TimeRecognizer = {
  name: 'rate',
  placement: 'defer',
  recognize: ({ text, from, body }) => rates(body).map((r) => {
    const set = timeMention(text, from + r.start, from + r.end, 'SET', r.value, r.mod, r.via, null);
    return r.freq ? { ...set, freq: r.freq } : set;
  }),
};
