/** "now", "currently", "at present": the time of publication (PRESENT_REF). */
import { timeMention } from '../mention.js';
import { patternRecognizer } from '../time-extractor.js';
import { keyedPattern } from '../keyed-pattern.js';

/** Read from a word of three (cheaper than four with their word boundaries), at most the second ("at present"). */
export const PRESENT = keyedPattern(/\b(now|currently|at present|nowadays)\b/gi, /now|currently|present/i, { words: 2 });

export const presentRefRecognizer = patternRecognizer('present-ref', PRESENT, (m, { text, from }) =>
  // "NOW" in capitals after a word in capitals is a name or a headline ("PBS NOW"), not the present.
  (m[0] === m[0].toUpperCase() && m[0].length > 2 && /[A-Z]{3,}/.test(text.slice(from + m.index - 6, from + m.index)) ? null
    : timeMention(text, from + m.index, from + m.index + m[0].length, 'DATE', 'PRESENT_REF', null, 'recognizer/present-ref', 'dct')));
