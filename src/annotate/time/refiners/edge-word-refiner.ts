/**
 * Words that place a time inside a longer one: "early next year", "later
 * this month", "earlier in March". They belong to the span, as TimeML and
 * the seeds' gold ("earlier in March") write it; "early" sets the mod START
 * and "late" END, while "earlier" and "later" say only where it falls.
 * The date grammar's own "early March" already holds its word.
 */
import type { TimeMention } from '../../../model/mention.js';
import type { TimeRefiner } from '../time-extractor.js';

const EDGE = /\b(early|earlier|late|later)(?: in)? $/i;
/** Times long enough to have an early and a late part: a year, month, quarter, half, week or season. */
const COARSE = /^\d{4}(?:-(?:\d{2}|Q\d|H\d|W\d{2}|SP|SU|FA|WI))?$/;

export function edgeWord(m: TimeMention, text: string): TimeMention {
  if (m.type !== 'DATE' || !COARSE.test(m.value)) return m;
  const e = EDGE.exec(text.slice(Math.max(0, m.start - 12), m.start));
  if (!e) return m;
  const start = m.start - e[0].length;
  const word = e[1]!.toLowerCase();
  const mod = word === 'early' ? 'START' : word === 'late' ? 'END' : m.mod;
  return { ...m, start, text: text.slice(start, m.end), mod, via: [...m.via, 'refiner/edge-word'] };
}

export const edgeWordRefiner: TimeRefiner = { name: 'edge-word', refine: ({ text }, mentions) => mentions.map((m) => edgeWord(m, text)) };
