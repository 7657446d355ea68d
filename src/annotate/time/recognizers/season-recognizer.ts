/**
 * Seasons and fiscal years: "last fall" is 2024-FA, "this summer" 2025-SU
 * (TIMEX3 season codes), "fiscal 1989" the year 1989. A season with
 * "last" or "this past" is the latest one already over; with "this" the one
 * of publication's year; with "next" the next one to begin.
 */
import type { TimeFound } from '../found.js';
import { foundDate } from '../mention.js';
import type { TimeRecognizer } from '../time-extractor.js';
import { keyedPattern } from '../keyed-pattern.js';

/** Read from the season, at most the third word ("this past spring"), and from "fiscal". */
export const SEASON = keyedPattern(/\b(last|this past|this|next|early|late|the)\s+(spring|summer|fall|autumn|winter)\b/gi, /spring|summer|fall|autumn|winter/i, { words: 3 });
export const FISCAL = keyedPattern(/\bfiscal\s+(\d{4})\b/gi, /fiscal/i, { words: 1 });
const CODE: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
/** The month each season begins (northern hemisphere, as the corpora we read are). */
const BEGINS: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export function seasons(text: string, from: number, ref: Date): TimeFound[] {
  const out: TimeFound[] = [];
  const year = ref.getUTCFullYear();
  const month = ref.getUTCMonth() + 1;
  for (const m of SEASON.matches(text, from)) {
    // "this past spring" is the last one.
    const which = m[1]!.toLowerCase().replace('this past', 'last');
    const code = CODE[m[2]!.toLowerCase()]!;
    const begun = month >= BEGINS[code]!;
    const y = which === 'last' ? (begun && month >= BEGINS[code]! + 3 ? year : year - 1) : which === 'next' ? (begun ? year + 1 : year) : year;
    // "the summer" and "early fall" are taken as this year's; the span keeps "early"/"late", not "the".
    const start = which === 'the' ? m.index + m[1]!.length + 1 : m.index;
    out.push({ start, end: m.index + m[0].length, value: `${y}-${code}`, via: 'recognizer/season' });
  }
  for (const m of FISCAL.matches(text, from)) out.push({ start: m.index, end: m.index + m[0].length, value: m[1]!, via: 'recognizer/fiscal-year' });
  return out;
}

export const seasonRecognizer: TimeRecognizer = {
  name: 'season',
  placement: 'override',
  trigger: /spring|summer|fall|autumn|winter|fiscal/i,
  recognize: ({ text, from, ref }) => (ref ? seasons(text, from, ref).map((p) => foundDate(text, p, 'dct')) : []),
};
