/** "last year", "this month", "the past year": publication's year or month, or the one before or after it. */
import { isoMonth } from '../calendar.js';
import { timeMention } from '../mention.js';
import { patternRecognizer, type TimeRecognizer } from '../time-extractor.js';
import { keyedPattern, TIME_UNIT } from '../keyed-pattern.js';

const RELATIVE_YEAR = /\b(?:the (?=past ))?(last|this|next|past|coming) (year|month)\b/gi;
const SHIFT = { last: -1, past: -1, this: 0, next: 1, coming: 1 } as const;

/** The unit, at most the third word: "the past year". */
export const KEYED_RELATIVE_YEAR = keyedPattern(RELATIVE_YEAR, TIME_UNIT, { words: 3 });

export const relativeYearRecognizer: TimeRecognizer = patternRecognizer('relative-year', KEYED_RELATIVE_YEAR, (m, { text, from, ref }) => {
  if (!ref) return null;
  const shift = SHIFT[m[1]!.toLowerCase() as keyof typeof SHIFT];
  const year = m[2]!.toLowerCase() === 'year';
  const d = new Date(Date.UTC(ref.getUTCFullYear() + (year ? shift : 0), ref.getUTCMonth() + (year ? 0 : shift), 1));
  const v = year ? String(d.getUTCFullYear()) : isoMonth(d);
  return timeMention(text, from + m.index, from + m.index + m[0].length, 'DATE', v, null, 'recognizer/relative-year', 'dct');
});
