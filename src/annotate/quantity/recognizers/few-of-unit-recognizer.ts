/** "a few dozen", "several hundred": at least a few of the unit, never an exact count. */
import type { QuantityMention } from '../../../model/mention.js';
import type { Recognizer } from '../../common/extractor.js';
import { counted, countEnd, vague } from '../counted.js';
import { keyedPattern } from '../../time/keyed-pattern.js';

/**
 * Read from its opening words, a key of the time stage's one scan of the text (keyed-pattern.ts): a scan of its own
 * would try the pattern at every position of the body.
 */
export const FEW_OF_UNIT = keyedPattern(/\b(a few|several|a couple of)\s+(dozen|hundred|thousand|million)\b/gi, /a few|several|a couple of/i, { words: 1 });
const FEW: Record<string, number> = { 'a few': 2, several: 3, 'a couple of': 2 };
const UNIT_OF: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1e3, million: 1e6 };

export const fewOfUnitRecognizer: Recognizer<QuantityMention> = {
  name: 'few-of-unit',
  recognize({ doc, text }) {
    return FEW_OF_UNIT.matches(text, doc.report.bodyStart).map((m) => {
      const np = counted(text, m.index + m[0].length);
      const end = np ? countEnd(text, np) : m.index + m[0].length;
      const c = np ? text.slice(np.start, np.end) : null;
      return vague(text, m.index, end, FEW[m[1]!.toLowerCase()]! * UNIT_OF[m[2]!.toLowerCase()]!, c, np, 'recognizer/few-of-unit');
    });
  },
};
