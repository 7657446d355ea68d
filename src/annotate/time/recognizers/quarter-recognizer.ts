/**
 * Quarters: "the third quarter", "fourth-quarter", "the current quarter",
 * and quarters with their year: "the 1988 second quarter", "the third
 * quarter of 1984", "next year's first quarter", "the year-ago third
 * quarter". A named quarter without a year that has not begun at
 * publication is last year's; "the quarter" and "the latest quarter" are the
 * last one completed; "the current quarter" is publication's.
 */
import type { TimeFound } from '../found.js';
import { foundDate } from '../mention.js';
import type { TimeRecognizer } from '../time-extractor.js';
import { keyedPattern, PERIOD } from '../keyed-pattern.js';

/** Read from the year or the quarter, at most its fifth word ("the 1988 fiscal first quarter"). */
export const QUARTER = keyedPattern(/\b(?:the )?(?:(\d{4}) |(next|last|this) year['’]s |(year-ago|year-earlier) )?(?:(latest|last|current|fiscal) )?(?:(first|second|third|fourth)[- ])?quarter(?: of (?:fiscal )?(\d{4}))?\b/gi, PERIOD, { words: 5 });
const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
const SHIFT: Record<string, number> = { next: 1, last: -1, this: 0 };

export function quarters(text: string, from: number, ref: Date): TimeFound[] {
  const refQ = Math.floor(ref.getUTCMonth() / 3) + 1;
  const refYear = ref.getUTCFullYear();
  const out: TimeFound[] = [];
  for (const m of QUARTER.matches(text, from)) {
    const [whole, ofYearBefore, relative, yearBack, which, ordinal, ofYearAfter] = m;
    const named = ordinal ? ORD[ordinal.toLowerCase()]! : null;
    // "quarter" alone is a noun ("a quarter of the votes"); "the year-ago quarter" is a comparison period.
    if (!named && (!/^the /i.test(whole) || yearBack || relative)) continue;
    const stated = ofYearBefore ?? ofYearAfter;
    let year: number;
    let q: number;
    if (named && stated) { year = Number(stated); q = named; }
    else if (named) {
      q = named;
      year = relative ? refYear + SHIFT[relative.toLowerCase()]! : refYear - (named > refQ ? 1 : 0) - (yearBack ? 1 : 0);
    } else if (which?.toLowerCase() === 'current') { year = refYear; q = refQ; }
    else if (stated) continue; // "the 1988 quarter": a comparison period
    else { q = refQ === 1 ? 4 : refQ - 1; year = refYear - (refQ === 1 ? 1 : 0); }
    // "the third-quarter results": the article belongs to the noun the quarter modifies.
    const start = /^the /i.test(whole) && /-quarter$/i.test(whole) ? m.index + 4 : m.index;
    out.push({ start, end: m.index + whole.length, value: `${year}-Q${q}`, via: 'recognizer/quarter' });
  }
  return out;
}

/** A quarter with its year overrides the year read alone ("the 1988 second quarter", "next year's first quarter"). */
export const quarterRecognizer: TimeRecognizer = {
  name: 'quarter',
  placement: 'override',
  recognize: ({ text, from, ref }) => (ref ? quarters(text, from, ref).map((p) => foundDate(text, p, 'dct')) : []),
};
