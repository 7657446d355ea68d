/**
 * A quotation running over several paragraphs leaves each paragraph but the
 * last unclosed and reopens the next one; the cue usually comes with the
 * last part ("…," she said). An unclosed paragraph quote with no speaker of
 * its own takes the speaker of the quote opening the next paragraph.
 */
import type { QuoteMention } from '../../../model/mention.js';
import type { Refiner } from '../../common/extractor.js';
import { byStart } from '../../../model/span.js';

const UNCLOSED = /^[,.!?]*[ \t]*(?:\n|$)/;
const REOPENED = /^\s*["“]$/;

export const runOnParagraphRefiner: Refiner<QuoteMention> = {
  name: 'run-on-paragraph',
  refine({ text }, quotes) {
    const sorted = [...quotes].sort(byStart);
    // From the end, so a chain of run-on paragraphs takes the speaker named in its last one.
    for (let i = sorted.length - 2; i >= 0; i--) {
      const q = sorted[i]!;
      const next = sorted[i + 1]!;
      if (q.speaker || q.embedded || !next.speaker || next.embedded) continue;
      if (!UNCLOSED.test(text.slice(q.end, q.end + 8)) || !REOPENED.test(text.slice(q.end, next.start).replace(/^[^\n]*\n/, ''))) continue;
      sorted[i] = { ...q, speaker: next.speaker, speakerText: next.speakerText, speakerSpan: next.speakerSpan, cue: next.cue, cueSpan: next.cueSpan, via: [...q.via, 'refiner/run-on-paragraph'] };
    }
    return sorted;
  },
};
