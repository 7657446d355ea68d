/** "a few dozen", "several hundred": at least a few of the unit, never an exact count. */
import type { QuantityMention } from '../../../model/mention.js';
import type { Recognizer } from '../../common/extractor.js';
import { counted, vague } from '../counted.js';

const FEW_RE = /\b(a few|several|a couple of)\s+(dozen|hundred|thousand|million)\b/gi;
const FEW: Record<string, number> = { 'a few': 2, several: 3, 'a couple of': 2 };
const UNIT_OF: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1e3, million: 1e6 };

export const fewOfUnitRecognizer: Recognizer<QuantityMention> = {
  name: 'few-of-unit',
  recognize({ doc, text }) {
    const out: QuantityMention[] = [];
    const re = new RegExp(FEW_RE.source, FEW_RE.flags);
    re.lastIndex = doc.report.bodyStart;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const np = counted(text, m.index + m[0].length);
      const end = np ? np.end : m.index + m[0].length;
      const c = np ? text.slice(np.start, np.end) : null;
      out.push(vague(text, m.index, end, FEW[m[1]!.toLowerCase()]! * UNIT_OF[m[2]!.toLowerCase()]!, c, np, 'recognizer/few-of-unit'));
    }
    return out;
  },
};
