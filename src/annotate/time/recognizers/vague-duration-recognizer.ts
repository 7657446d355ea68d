/** An unspecified number of a unit after "for", "in" or "within": "for decades", "within weeks" (PXDE, PXW); "centuries-old". */
import { timeMention } from '../mention.js';
import { patternRecognizer, type TimeRecognizer } from '../time-extractor.js';
import { keyedPattern, TIME_UNIT } from '../keyed-pattern.js';

const DECADES = /\b(?:for|in|within) (decades|years|centuries|months|weeks|days)\b|\bcenturies-old\b/gi;
const VAGUE_UNIT: Record<string, string> = { decade: 'DE', centur: 'CE', year: 'Y', month: 'M', week: 'W', day: 'D' };

/** Its units, all plural, at most the second word: "in" and "for" are in most bodies, the units a few times each. */
export const KEYED_DECADES = keyedPattern(DECADES, TIME_UNIT, { words: 2 });

export const vagueDurationRecognizer: TimeRecognizer = patternRecognizer('vague-duration', KEYED_DECADES, (m, { text, from }) => {
  const w = m[0].toLowerCase();
  // The preposition is not part of the span.
  const s = from + m.index + (/^(?:for|in|within) /.test(w) ? w.indexOf(' ') + 1 : 0);
  const unit = Object.entries(VAGUE_UNIT).find(([k]) => w.includes(k))![1];
  return timeMention(text, s, from + m.index + m[0].length, 'DURATION', `PX${unit}`, null, 'recognizer/vague-duration', null);
});
