/**
 * Words in straight or curly double quotation marks, two words or more. One
 * word is a quote only as what a cue verb says ("called the cuts "cruel" and
 * "short-sighted"", "said the count was "rigged""); elsewhere ("a "success"")
 * it is a scare quote. An opening curly mark with no closing one before the
 * line ends quotes the whole paragraph, as newspapers do when a quotation runs on.
 */
import type { QuoteMention } from '../../../model/mention.js';
import type { Recognizer } from '../../common/extractor.js';
import { need } from '../../../model/doc.js';
import { bareQuote } from './bare-quote.js';
import { cueVerbBefore } from '../quote-text.js';
import { phraseSet } from '../../../lexicon/index.js';

// Greedy, as the closing mark is none of the characters inside: the lazy form tried to close after each of them.
const QUOTED = /["“]([^"“”\n]{2,2000})(?:["”]|(?=\n))/g;
const MIN_OPEN_PARAGRAPH = 40;
const LISTED = /^\s*(?:,|and|or|,\s*and|,\s*or)\s*$/;

/**
 * A one-word quote a cue verb governs, or listed right after one that is ("cruel" and "short-sighted"). A
 * capitalised word is a name ("dubbed "CrowdOut""), and a word that modifies the noun after it a label
 * (a "canary" group).
 */
function governed(text: string, open: number, close: number, lastWordEnd: number): boolean {
  if (!/^\p{Ll}/u.test(text.slice(open + 1, open + 2))) return false;
  const next = /^[ \t]+(\p{Ll}+)/u.exec(text.slice(close, close + 30));
  if (next && !phraseSet('quantity-np-stop').has(next[1]!)) return false;
  if (lastWordEnd >= 0 && LISTED.test(text.slice(lastWordEnd, open))) return true;
  // "called it a "success"": a quoted noun after an article is a label the writer keeps at a distance.
  return !/\b(?:a|an|the)\s*$/i.test(text.slice(Math.max(0, open - 5), open)) && cueVerbBefore(text, open);
}

export const quotationMarksRecognizer: Recognizer<QuoteMention> = {
  name: 'quotation-marks',
  recognize({ doc, text }) {
    const embeds = need(doc, 'clean').embeds;
    const out: QuoteMention[] = [];
    QUOTED.lastIndex = doc.report.bodyStart;
    let m: RegExpExecArray | null;
    let lastWordEnd = -1;
    while ((m = QUOTED.exec(text))) {
      const at = m.index;
      const raw = m[1]!;
      if (embeds.some((e) => e.body.start <= at && at < e.body.end)) continue;
      if (!/\s/.test(raw.trim())) {
        if (!/^["“]/.test(m[0]) || !/["”]$/.test(m[0]) || !governed(text, at, at + m[0].length, lastWordEnd)) continue;
        lastWordEnd = at + m[0].length;
      }
      const closed = /["”]$/.test(m[0]);
      if (!closed && (m[0][0] !== '“' || raw.length < MIN_OPEN_PARAGRAPH)) continue;
      const start = at + 1;
      out.push(bareQuote(text, start, start + raw.replace(/[,\s]+$/, '').length, 'recognizer/quotation-marks'));
    }
    return out;
  },
};
