/**
 * The year as a period of business news: "the year", "the full year", "the
 * current fiscal year" are publication's year; "the year ended March 31" is
 * a twelve-month DURATION (TimeML's P1Y; the date that ends it is its own
 * mention); "year-end", "year's end", "the end of the year" are the year's
 * END. "that year", "later that year", "the following year" take the last
 * year the narrative named before them (nothing when it named none).
 */
import type { TimexMod, TimexType } from '../../../model/timex.js';
import { timeMention } from '../mention.js';
import type { TimeRecognizer } from '../time-extractor.js';
import { keyedPattern } from '../keyed-pattern.js';

/** Each read from "year", at most four or five words in ("the current fiscal year", "the end of the year", "later the following year"). */
const YEAR = /year/i;
export const THE_YEAR = keyedPattern(/\bthe (?:(?:full|current|fiscal|current fiscal) )?year\b(?![-'’]| (?:ago|before|earlier|after|later|two|nineteen|of)\b)( end(?:ed|ing)\b)?/gi, YEAR, { words: 4 });
export const YEAR_END = keyedPattern(/\b(?:year[- ]end|year['’]s end|the end of the year)\b/gi, YEAR, { words: 5 });
export const NARRATIVE = keyedPattern(/\b(?:(?:later|earlier) )?(that|the same|the following|the next|the previous) year\b(?![-'’])/gi, YEAR, { words: 4 });
const NAMED_YEAR = /^(\d{4})(?:-|$)/;
const SHIFT: Record<string, number> = { that: 0, 'the same': 0, 'the following': 1, 'the next': 1, 'the previous': -1 };

export interface YearPeriodFound { readonly start: number; readonly end: number; readonly type: TimexType; readonly value: string; readonly mod: TimexMod | null; readonly via: string; readonly anchor: string | null }

/** `named` are the mentions found so far with the year they name (stated, not resolved from publication), in text order. */
export function yearPeriods(text: string, from: number, refYear: number, named: readonly { readonly start: number; readonly end: number; readonly value: string }[]): YearPeriodFound[] {
  const out: YearPeriodFound[] = [];
  for (const m of THE_YEAR.matches(text, from)) {
    const ended = Boolean(m[1]);
    const end = m.index + m[0].length - (m[1]?.length ?? 0);
    out.push(ended
      ? { start: m.index, end, type: 'DURATION', value: 'P1Y', mod: null, via: 'recognizer/year-period', anchor: null }
      : { start: m.index, end, type: 'DATE', value: String(refYear), mod: null, via: 'recognizer/year-period', anchor: 'dct' });
  }
  for (const m of YEAR_END.matches(text, from)) out.push({ start: m.index, end: m.index + m[0].length, type: 'DATE', value: String(refYear), mod: 'END', via: 'recognizer/year-end', anchor: 'dct' });
  for (const m of NARRATIVE.matches(text, from)) {
    const at = m.index;
    const last = [...named].reverse().find((n) => n.end <= at && NAMED_YEAR.test(n.value));
    if (!last) continue;
    const y = Number(NAMED_YEAR.exec(last.value)![1]) + SHIFT[m[1]!.toLowerCase()]!;
    out.push({ start: at, end: at + m[0].length, type: 'DATE', value: String(y), mod: null, via: 'refiner/narrative-year', anchor: `narrative:${last.start}` });
  }
  return out;
}

/** These override the date grammar's reading of "in the year" as a day. */
export const yearPeriodRecognizer: TimeRecognizer = {
  name: 'year-period',
  placement: 'override',
  trigger: /year/i,
  recognize({ text, from, ref }, found) {
    if (!ref) return [];
    const named = found.filter((o) => o.type === 'DATE' && o.anchor === null);
    return yearPeriods(text, from, ref.getUTCFullYear(), named).map((p) => timeMention(text, p.start, p.end, p.type, p.value, p.mod, p.via, p.anchor));
  },
};
