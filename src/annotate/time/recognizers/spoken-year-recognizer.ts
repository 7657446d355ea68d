/**
 * Years written as spoken in broadcast transcripts: "nineteen ninety-six",
 * "the year two thousand", "two thousand and one". A month just before one
 * takes its year: "January nineteen ninety-seven" is 1997-01.
 */
import type { TimeFound } from '../found.js';
import type { TimeMention } from '../../../model/mention.js';
import { timeMention } from '../mention.js';
import type { TimeRecognizer } from '../time-extractor.js';
const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const CENTURIES: Record<string, number> = { fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TWO_DIGITS = `(?:${TEENS.join('|')}|(?:${TENS.slice(2).join('|')})(?:[- ](?:${ONES.slice(1).join('|')}))?|oh[- ](?:${ONES.slice(1).join('|')}))`;
const SPOKEN = new RegExp(`\\b(?:the year )?(?:(${Object.keys(CENTURIES).join('|')}) (${TWO_DIGITS})|two thousand(?: and (${ONES.slice(1).join('|')}|${TEENS.join('|')}))?)\\b`, 'gi');

function twoDigits(words: string): number {
  const w = words.toLowerCase().split(/[- ]/);
  if (w[0] === 'oh') return ONES.indexOf(w[1]!);
  const teen = TEENS.indexOf(w[0]!);
  if (teen >= 0) return 10 + teen;
  return TENS.indexOf(w[0]!) * 10 + (w[1] ? ONES.indexOf(w[1]) : 0);
}

export function spokenYears(text: string, from: number): TimeFound[] {
  const out: TimeFound[] = [];
  SPOKEN.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = SPOKEN.exec(text))) {
    // "two thousand" alone is more often a count than a year, unless "the year" says so.
    if (!m[1] && !/^the year /i.test(m[0])) continue;
    const small = m[3]?.toLowerCase();
    const year = m[1] ? CENTURIES[m[1].toLowerCase()]! * 100 + twoDigits(m[2]!)
      : 2000 + (!small ? 0 : ONES.indexOf(small) > 0 ? ONES.indexOf(small) : 10 + TEENS.indexOf(small));
    out.push({ start: m.index, end: m.index + m[0].length, value: String(year), via: 'recognizer/spoken-year' });
  }
  return out;
}

/** A month or a season, the year of a spoken year that follows it. */
const HEAD_VALUE = /^\d{4}-(?:\d{2}|SP|SU|FA|WI)$/;

/** A month or season right before the year takes it: "January nineteen ninety-seven", "the winter of nineteen ninety-four". */
export const spokenYearRecognizer: TimeRecognizer = {
  name: 'spoken-year',
  placement: 'override',
  // A century spoken ("nineteen", "fifteen") or "two thousand".
  trigger: /teen |two thousand/i,
  recognize({ text, from }, found) {
    const head = (p: TimeFound): TimeMention | undefined => found.find((o) => o.end <= p.start && /^,? (?:of )?$/.test(text.slice(o.end, p.start)) && HEAD_VALUE.test(o.value));
    return spokenYears(text, from).map((p) => {
      const h = head(p);
      return h ? timeMention(text, h.start, p.end, 'DATE', `${p.value}${h.value.slice(4)}`, h.mod, p.via, null) : timeMention(text, p.start, p.end, 'DATE', p.value, null, p.via, null);
    });
  },
};
