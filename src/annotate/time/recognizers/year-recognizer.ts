/** A year written in figures, alone: "in 1997", "early 1997", "mid-1996" (the edge word belongs to the span and sets the mod). */
import type { TimexMod } from '../../../model/timex.js';
import { timeMention } from '../mention.js';
import { patternRecognizer } from '../time-extractor.js';
import { keyedPattern } from '../keyed-pattern.js';

/** Not a count ("2000 people"), a figure that goes on ("1,997", "1997.5"), a decade ("1990s") or a percentage. */
const YEAR = /(?<![\d,.$-])(?:(early|late|mid-|mid) ?)?((?:1[5-9]|20)\d{2})(?![\d%-]|[,.]\d|s\b| (?:people|percent|members|troops|residents|workers|votes|shares|miles|acres|tons|dollars))/g;
const EDGE_MOD: Record<string, TimexMod> = { early: 'START', mid: 'MID', late: 'END' };

/** The year's figures, at most six characters in ("early "). */
export const KEYED_YEAR = keyedPattern(YEAR, /(?:1[5-9]|20)\d{2}/, { chars: 6 });

export const yearRecognizer = patternRecognizer('bare-year', KEYED_YEAR, (m, { text, from }) =>
  timeMention(text, from + m.index, from + m.index + m[0].length, 'DATE', m[2]!, m[1] ? EDGE_MOD[m[1].toLowerCase().replace('-', '')]! : null, 'recognizer/bare-year', null));
