/**
 * Words in single quotation marks ('special cases'), two words or more. The
 * opening mark must follow a space and start a word and the closing one end
 * a word, so apostrophes ("don't", "the workers' union", "'90s") are not marks.
 */
import type { QuoteMention } from '../../../model/mention.js';
import type { Recognizer } from '../../common/extractor.js';
import { bareQuote } from './bare-quote.js';

// The mark first, then what stands before it: a pattern opening with a lookbehind is tried at every position.
const SINGLE = /['‘](?<=(?:^|[\s(—–])['‘])(\p{L}[^'‘’\n]{1,300}?[\p{L}.!?])['’](?=[\s.,;:!?)]|$)/gmu;

export const singleQuotesRecognizer: Recognizer<QuoteMention> = {
  name: 'single-quotes',
  recognize({ doc, text }) {
    const out: QuoteMention[] = [];
    SINGLE.lastIndex = doc.report.bodyStart;
    let m: RegExpExecArray | null;
    while ((m = SINGLE.exec(text))) {
      if (!/\s/.test(m[1]!)) continue;
      const start = m.index + 1;
      out.push(bareQuote(text, start, start + m[1]!.length, 'recognizer/single-quotes'));
    }
    return out;
  },
};
