/**
 * Words in guillemets, « », as Spanish and Portuguese print quotations; two
 * words or more (a one-word «fuera» is a shout or a scare quote). Quotations
 * in curly or straight marks are the quotation-marks recognizer's.
 */
import type { QuoteMention } from '../../../model/mention.js';
import { matchesFrom, type Recognizer } from '../../common/extractor.js';
import { bareQuote } from './bare-quote.js';

const GUILLEMETS = /«([^«»\n]{2,2000}?)»/g;

export const guillemetsRecognizer: Recognizer<QuoteMention> = {
  name: 'guillemets',
  recognize({ doc, text }) {
    const out: QuoteMention[] = [];
    for (const m of matchesFrom(GUILLEMETS, text, doc.report.bodyStart)) {
      const raw = m[1]!;
      if (!/\s/.test(raw.trim())) continue;
      const start = m.index + 1;
      out.push(bareQuote(text, start, start + raw.replace(/[,\s]+$/, '').length, 'recognizer/guillemets'));
    }
    return out;
  },
};
