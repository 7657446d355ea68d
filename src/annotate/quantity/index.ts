/**
 * Quantity mentions: a number (digits or words), its bound words, unit, and
 * the noun phrase it counts with its "of" complement. Years, clock times and
 * numbers inside names are not quantities; durations belong to time.
 */
import type { Doc } from '../../model/doc.js';
import { need } from '../../model/doc.js';
import type { QuantityMention } from '../../model/mention.js';
import type { Context } from '../../pipeline/context.js';
import { defineStage } from '../../pipeline/stage.js';
import { lexicon, phraseSet } from '../../lexicon/index.js';

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const VAGUE: Record<string, [number, number | null]> = { dozens: [24, null], hundreds: [200, null], thousands: [2000, null], millions: [2000000, null] };
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const BOUND = '(?:(more than|over|at least|up to|nearly|almost|about|around|roughly|some|approximately|fewer than|less than|no more than)\\s+)?';
const NUM = `(\\$|€|£)?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${Object.keys(WORDS).join('|')})(?:\\s+(thousand|million|billion))?(\\s*%|\\s+percent)?`;
const QTY = new RegExp(`(?<![\\w$€£.,-])${BOUND}${NUM}(?![\\w:/-])`, 'gi');
/** "tens of thousands", "hundreds of thousands": a vague amount of a vague amount. */
const VAGUE_RE = /\b(?:(tens|dozens|hundreds) of )?(dozens|hundreds|thousands|millions)(?= of\b)/gi;
const VAGUE_TIMES: Record<string, number> = { tens: 10, dozens: 12, hundreds: 100 };
/** "a few dozen", "several hundred": at least a few of the unit, never an exact count. */
const FEW_RE = /\b(a few|several|a couple of)\s+(dozen|hundred|thousand|million)\b/gi;
const FEW: Record<string, number> = { 'a few': 2, several: 3, 'a couple of': 2 };
const UNIT_OF: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1e3, million: 1e6 };
const NP_WORD = /^[\p{L}][\p{L}\d'’-]*$/u;

/** Words that end the counted noun phrase: function words and common verbs (lexicon quantity-np-stop). */
function counted(text: string, from: number): { start: number; end: number } | null {
  const STOP = phraseSet('quantity-np-stop');
  const re = /\s*([\p{L}\d][\p{L}\d'’.-]*)/uy;
  let at = from;
  let end = -1;
  let words = 0;
  let sawOf = false;
  while (words < 12) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) break;
    const w = m[1]!.replace(/\.$/, '');
    const lw = w.toLowerCase();
    if (lw === 'of' && end > 0 && !sawOf) { sawOf = true; at = re.lastIndex; continue; }
    if (lw === 'the' && sawOf) { at = re.lastIndex; continue; }
    // "members of the River Guild and the Harbor Crew": names joined by "and" are one complement.
    if (lw === 'and' && sawOf && /^\s+(?:the\s+)?[A-Z]/.test(text.slice(re.lastIndex, re.lastIndex + 6))) { at = re.lastIndex; continue; }
    if (STOP.has(lw) || !NP_WORD.test(w) || (words > 0 && /ed$/.test(lw) && !sawOf)) break;
    end = at + m[0].length - (m[1]!.length - w.length);
    at = re.lastIndex;
    words++;
    if (text[at] === ',' && sawOf && /^,\s+[A-Z]/.test(text.slice(at, at + 3))) {
      const app = /,\s+((?:[A-Z][\p{L}-]*(?:\s+(?:de|of|the|and))?\s*)+)/uy;
      app.lastIndex = at;
      const a = app.exec(text);
      if (a) { end = at + a[0].trimEnd().length; at = end; }
      break;
    }
  }
  return end > from ? { start: text.slice(from, end).search(/\S/) + from, end } : null;
}

/** Where a clause can begin: a sentence start, a comma, semicolon or colon, or a conjunction. */
const CLAUSE_START = /(?:^|[.!?;:,\u201c"(]|\b(?:and|but|while|whom|which|that|said))\s*$/i;

/**
 * A small bare number that opens a clause and is followed by its verb is a count whose noun
 * the sentence left out ("Of those, six are linked to ..., one faces ..."); elsewhere such
 * numbers are too often not counts ("one day", "two sides") to keep without a noun.
 */
function ellipticSubject(text: string, start: number, end: number): boolean {
  const next = /^\s+([a-z]+)/.exec(text.slice(end, end + 24));
  return !!next && phraseSet('quantity-subject-verbs').has(next[1]!) && CLAUSE_START.test(text.slice(Math.max(0, start - 12), start));
}

const HEAD_PLURAL = /(ies|s)$/;
const singular = (w: string) => w.endsWith('ies') ? w.slice(0, -3) + 'y' : w.replace(HEAD_PLURAL, (m) => (m === 's' ? '' : m));

function vague(text: string, start: number, end: number, min: number, c: string | null, np: { start: number; end: number } | null, via: string): QuantityMention {
  return { kind: 'quantity', start, end, text: text.slice(start, end), value: null, min, max: null, minExclusive: false, maxExclusive: false, approx: true,
    counted: c, countedSpan: np, countedHead: c ? singular(c.split(/\s+of\s+/)[0]!.trim().split(/\s+/).pop()!.toLowerCase()) : null, unit: null, via: [via] };
}

export function extractQuantities(doc: Doc, _ctx: Context): QuantityMention[] {
  const text = need(doc, 'clean').text;
  const times = doc.time ?? [];
  const from = doc.report.bodyStart;
  const inTime = (s: number, e: number) => times.some((t) => t.start < e && s < t.end);
  const out: QuantityMention[] = [];
  const currencies = lexicon<Record<string, string>>('currency-words');
  let m: RegExpExecArray | null;
  FEW_RE.lastIndex = from;
  while ((m = FEW_RE.exec(text))) {
    const np = counted(text, m.index + m[0].length);
    const end = np ? np.end : m.index + m[0].length;
    const c = np ? text.slice(np.start, np.end) : null;
    out.push(vague(text, m.index, end, FEW[m[1]!.toLowerCase()]! * UNIT_OF[m[2]!.toLowerCase()]!, c, np, 'recognizer/few-of-unit'));
  }
  const taken = out.map((q) => [q.start, q.end] as const);
  QTY.lastIndex = from;
  while ((m = QTY.exec(text))) {
    const start = m.index;
    if (taken.some(([s, e]) => s < start + m![0].length && start < e)) continue;
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
    if (np) end = np.end;
    const c = np ? text.slice(np.start, np.end) : null;
    const head = c ? singular(c.split(/\s+of\s+|,/)[0]!.trim().split(/\s+/).pop()!.toLowerCase()) : null;
    const elliptic = !c && !unit && ellipticSubject(text, start, end);
    if (!c && !unit && value < 10 && !bound && !elliptic) continue;
    out.push({ kind: 'quantity', start, end, text: text.slice(start, end), value: exact, min: exact !== null ? null : min, max: exact !== null ? null : max,
      minExclusive: minEx, maxExclusive: maxEx, approx, counted: c, countedSpan: np, countedHead: head, unit, via: elliptic ? ['recognizer/number', 'refiner/elliptic-subject'] : ['recognizer/number'] });
  }
  VAGUE_RE.lastIndex = from;
  while ((m = VAGUE_RE.exec(text))) {
    const [lo] = VAGUE[m[2]!.toLowerCase()]!;
    const np = counted(text, m.index + m[0].length + ' of'.length);
    const end = np ? np.end : m.index + m[0].length;
    const c = np ? text.slice(np.start, np.end) : null;
    out.push(vague(text, m.index, end, lo * (m[1] ? VAGUE_TIMES[m[1].toLowerCase()]! : 1), c, np, 'recognizer/vague-amount'));
  }
  return out.sort((a, b) => a.start - b.start);
}

export const quantityStage = defineStage({ name: 'annotate.quantity', requires: ['clean', 'segments', 'time'], assigns: 'quantity', run: extractQuantities });
