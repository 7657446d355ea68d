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

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_OF_YEAR = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?: (\d{1,2})(?:st|nd|rd|th)?)?,? (?:of )?(this|last|next) year\b/g;
const SHIFT: Record<string, number> = { this: 0, last: -1, next: 1 };

export function monthsOfRelativeYear(text: string, from: number, ref: Date): TimeFound[] {
  const out: TimeFound[] = [];
  MONTH_OF_YEAR.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = MONTH_OF_YEAR.exec(text))) {
    const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1;
    const year = ref.getUTCFullYear() + SHIFT[m[3]!.toLowerCase()]!;
    const day = m[2] ? `-${pad(Number(m[2]))}` : '';
    out.push({ start: m.index, end: m.index + m[0].length, value: `${year}-${pad(month)}${day}`, via: 'recognizer/month-of-relative-year' });
  }
  return out;
}

export const monthOfRelativeYearRecognizer: TimeRecognizer = {
  name: 'month-of-relative-year',
  placement: 'override',
  trigger: /(?:this|last|next) year/,
  recognize: ({ text, from, ref }) => (ref ? monthsOfRelativeYear(text, from, ref).map((p) => foundDate(text, p, 'dct')) : []),
};
