/**
 * Dialogue as Spanish and Portuguese print it: a paragraph opening with an
 * em dash is someone's words, up to the dash that opens the narrator's cue
 * ("—No nos vamos a ir —dijo la vecina—.") or the end of the paragraph.
 */
import type { QuoteMention } from '../../../model/mention.js';
import { matchesFrom, type Recognizer } from '../../common/extractor.js';
import { bareQuote } from './bare-quote.js';

/** The dash at a paragraph's start, the words, and the dash that interrupts them, if any. */
const DIALOGUE = /(?<=^|\n)[ \t]*[—―][ \t]*([^\n—―]{2,2000}?)[ \t]*(?=[—―]|\n|$)/g;

export const dashDialogueRecognizer: Recognizer<QuoteMention> = {
  name: 'dash-dialogue',
  recognize({ doc, text }) {
    const out: QuoteMention[] = [];
    for (const m of matchesFrom(DIALOGUE, text, doc.report.bodyStart)) {
      const raw = m[1]!.replace(/[,.\s]+$/, '');
      if (!/\s/.test(raw)) continue;
      const start = m.index + m[0].indexOf(m[1]!);
      out.push(bareQuote(text, start, start + raw.length, 'recognizer/dash-dialogue'));
    }
    return out;
  },
};
