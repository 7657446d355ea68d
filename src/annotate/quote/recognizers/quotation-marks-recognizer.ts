/**
 * Words in straight or curly double quotation marks, two words or more (a
 * one-word "success" is a scare quote). An opening curly mark with no closing
 * one before the line ends quotes the whole paragraph, as newspapers do when
 * a quotation runs on.
 */
import type { QuoteMention } from '../../../model/mention.js';
import type { Recognizer } from '../../common/extractor.js';
import { need } from '../../../model/doc.js';
import { bareQuote } from './bare-quote.js';

const QUOTED = /["“]([^"“”\n]{2,2000}?)(?:["”]|(?=\n))/g;
const MIN_OPEN_PARAGRAPH = 40;

export const quotationMarksRecognizer: Recognizer<QuoteMention> = {
  name: 'quotation-marks',
  recognize({ doc, text }) {
    const embeds = need(doc, 'clean').embeds;
    const out: QuoteMention[] = [];
    QUOTED.lastIndex = doc.report.bodyStart;
    let m: RegExpExecArray | null;
    while ((m = QUOTED.exec(text))) {
      const at = m.index;
      const raw = m[1]!;
      if (!/\s/.test(raw.trim()) || embeds.some((e) => e.body.start <= at && at < e.body.end)) continue;
      const closed = /["”]$/.test(m[0]);
      if (!closed && (m[0][0] !== '“' || raw.length < MIN_OPEN_PARAGRAPH)) continue;
      const start = at + 1;
      out.push(bareQuote(text, start, start + raw.replace(/[,\s]+$/, '').length, 'recognizer/quotation-marks'));
    }
    return out;
  },
};
