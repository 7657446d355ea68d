/**
 * A number in digits or words with its bound words ("more than", "nearly"),
 * scale ("4.5 billion"), currency or percent, and the noun phrase it counts.
 * Years, clock times and numbers glued to words ("MS-13") are not quantities;
 * durations and dates belong to time.
 */
import type { QuantityMention } from '../../../model/mention.js';
import { matchesFrom, type Recognizer } from '../../common/extractor.js';
import { SpanIndex } from '../../common/span-index.js';
import { lexicon } from '../../../lexicon/index.js';
import { counted, countedHeadOf, countEnd, ellipticSubject, NUMBER_WORDS } from '../counted.js';

const WORDS: Readonly<Record<string, number>> = { ...NUMBER_WORDS, dozen: 12 };
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const BOUND = '(?:(more than|over|at least|up to|nearly|almost|about|around|roughly|some|approximately|fewer than|less than|no more than)\\s+)?';
const NUM = `(\\$|€|£)?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${Object.keys(WORDS).join('|')})(?:\\s+(thousand|million|billion))?(\\s*%|\\s+percent)?`;
const QTY = new RegExp(`(?<![\\w$€£.,-])${BOUND}${NUM}(?![\\w:/-])`, 'gi');

export const numberRecognizer: Recognizer<QuantityMention> = {
  name: 'number',
  recognize({ doc, text }) {
    const times = doc.time ?? [];
    const timeIndex = new SpanIndex(times);
    const inTime = (s: number, e: number) => timeIndex.overlaps(s, e);
    const out: QuantityMention[] = [];
    const currencies = lexicon<Record<string, string>>('currency-words');
    for (const m of matchesFrom(QTY, text, doc.report.bodyStart)) {
      const start = m.index;
      const numStart = start + m[0].indexOf(m[3]!, m[1] ? m[1].length : 0) - (m[2] ? m[2].length : 0);
      const raw = m[3]!.toLowerCase();
      const before = text.slice(Math.max(0, numStart - 2), numStart);
      if (/[\w-]$/.test(before) || /[\w]-$/.test(before)) continue;
      if (inTime(numStart, start + m[0].length)) continue;
      let value = WORDS[raw] ?? Number(raw.replace(/,/g, ''));
      if (!Number.isFinite(value)) continue;
      if (raw === 'one' && !/^\s+[a-z]+s\b/.test(text.slice(start + m[0].length, start + m[0].length + 20)) && !ellipticSubject(text, start, start + m[0].length)) continue;
      if (/^\d{4}$/.test(raw) && value >= 1600 && value <= 2100 && !m[2]) continue;
      if (m[4]) value *= SCALE[m[4].toLowerCase()]!;
      // "4.5 billion euros": a currency written out after the number is its unit, as "€" before it would be.
      const word = m[2] || m[5] ? null : /^\s+([a-z]+)\b/i.exec(text.slice(start + m[0].length, start + m[0].length + 20));
      const spelled = word ? currencies[word[1]!.toLowerCase()] ?? null : null;
      const unit = m[2] ? ({ $: 'USD', '€': 'EUR', '£': 'GBP' } as Record<string, string>)[m[2]]! : m[5] ? '%' : spelled;
      const bound = m[1]?.toLowerCase() ?? null;
      let min: number | null = value;
      let max: number | null = value;
      let minEx = false;
      let maxEx = false;
      let approx = false;
      let exact: number | null = value;
      if (bound === 'more than' || bound === 'over') { exact = null; max = null; minEx = true; }
      else if (bound === 'at least') { exact = null; max = null; }
      else if (bound === 'up to' || bound === 'no more than') { exact = null; min = null; }
      else if (bound === 'fewer than' || bound === 'less than') { exact = null; min = null; maxEx = true; }
      else if (bound === 'nearly' || bound === 'almost') { exact = null; min = null; maxEx = true; approx = true; }
      else if (bound) { approx = true; }
      let end = start + m[0].length + (spelled ? word![0].length : 0);
      const np = unit ? null : counted(text, end);
      if (np) end = countEnd(text, np);
      const c = np ? text.slice(np.start, np.end) : null;
      const head = c ? countedHeadOf(c) : null;
      const elliptic = !c && !unit && ellipticSubject(text, start, end);
      out.push({ kind: 'quantity', start, end, text: text.slice(start, end), value: exact, min: exact !== null ? null : min, max: exact !== null ? null : max,
        minExclusive: minEx, maxExclusive: maxEx, approx, counted: c, countedSpan: np, countedHead: head, unit, via: elliptic ? ['recognizer/number', 'refiner/elliptic-subject'] : ['recognizer/number'] });
    }
    return out;
  },
};
