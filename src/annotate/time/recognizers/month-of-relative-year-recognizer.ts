/**
 * A month, or a day of a month, with a year named relative to publication:
 * "January this year", "June last year", "April 24 of next year". One
 * DATE with the month of that year (TimeML's single TIMEX3), where the date grammar
 * and the relative-year recognizer would give two.
 */
import { pad } from '../calendar.js';
import type { TimeFound } from '../found.js';
import { foundDate } from '../mention.js';
import type { TimeRecognizer } from '../time-extractor.js';
import { keyedPattern } from '../keyed-pattern.js';
import { MONTH_START } from '../dates/words.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Read from the month, its first word: the date grammar has found where the month names are in the body. */
export const MONTH_OF_YEAR = keyedPattern(/\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?: (\d{1,2})(?:st|nd|rd|th)?)?,? (?:of )?(this|last|next) year\b/g, MONTH_START, { words: 1 });
const SHIFT: Record<string, number> = { this: 0, last: -1, next: 1 };

/** The months of a relative year in a report's `body`, which begins at `from` in its text. */
export function monthsOfRelativeYear(body: string, from: number, ref: Date): TimeFound[] {
  const out: TimeFound[] = [];
  for (const m of MONTH_OF_YEAR.matches(body)) {
    const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1;
    const year = ref.getUTCFullYear() + SHIFT[m[3]!.toLowerCase()]!;
    const day = m[2] ? `-${pad(Number(m[2]))}` : '';
    out.push({ start: from + m.index, end: from + m.index + m[0].length, value: `${year}-${pad(month)}${day}`, via: 'recognizer/month-of-relative-year' });
  }
  return out;
}

export const monthOfRelativeYearRecognizer: TimeRecognizer = {
  name: 'month-of-relative-year',
  placement: 'override',
  recognize: ({ text, from, body, ref }) => (ref ? monthsOfRelativeYear(body, from, ref).map((p) => foundDate(text, p, 'dct')) : []),
};
