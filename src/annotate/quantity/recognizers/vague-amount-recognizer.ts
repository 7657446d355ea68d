/** "hundreds of", "dozens of", "tens of thousands of": a vague amount, at least its lower bound. */
import type { QuantityMention } from '../../../model/mention.js';
import type { Recognizer } from '../../common/extractor.js';
import { counted, countEnd, vague } from '../counted.js';
import { matchesNearBounded } from '../near.js';

const VAGUE: Record<string, number> = { dozens: 24, hundreds: 200, thousands: 2000, millions: 2000000 };
/** "tens of thousands", "hundreds of thousands": a vague amount of a vague amount. */
export const VAGUE_RE = /\b(?:(tens|dozens|hundreds) of )?(dozens|hundreds|thousands|millions)(?= of\b)/gi;
const VAGUE_TIMES: Record<string, number> = { tens: 10, dozens: 12, hundreds: 100 };
/** The amount and its "of" every VAGUE_RE match ends with, read with its flags: VAGUE_RE runs only near one. */
const AMOUNT_OF = /(?:dozens|hundreds|thousands|millions) of\b/i;
/** The most characters other than spaces before that amount ("hundreds of"). */
const VAGUE_REACH = Math.max(...Object.keys(VAGUE_TIMES).map((w) => `${w}of`.length));

/** VAGUE_RE's matches from `from` on, as its scan of every position finds them. */
export const vagueMatches = (text: string, from: number) => matchesNearBounded(VAGUE_RE, AMOUNT_OF, VAGUE_REACH, text, from);

export const vagueAmountRecognizer: Recognizer<QuantityMention> = {
  name: 'vague-amount',
  recognize({ doc, text }) {
    return [...vagueMatches(text, doc.report.bodyStart)].map((m) => {
      const np = counted(text, m.index + m[0].length + ' of'.length);
      const end = np ? countEnd(text, np) : m.index + m[0].length;
      const c = np ? text.slice(np.start, np.end) : null;
      return vague(text, m.index, end, VAGUE[m[2]!.toLowerCase()]! * (m[1] ? VAGUE_TIMES[m[1].toLowerCase()]! : 1), c, np, 'recognizer/vague-amount');
    });
  },
};
