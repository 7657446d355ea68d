/** "the 19th century": TIMEX3 writes a century as its first two digits (18). */
import { pad } from '../calendar.js';
import { timeMention } from '../mention.js';
import { patternRecognizer } from '../time-extractor.js';
import { keyedPattern, TIME_UNIT } from '../keyed-pattern.js';

/** Read from the unit, its second word. */
export const CENTURY = keyedPattern(/\b(\d{1,2})(?:st|nd|rd|th)[- ]century\b/gi, TIME_UNIT, { words: 2 });

export const centuryRecognizer = patternRecognizer('century', CENTURY, (m, { text, from }) =>
  timeMention(text, from + m.index, from + m.index + m[0].length, 'DATE', pad(Number(m[1]) - 1), null, 'recognizer/century', null));
