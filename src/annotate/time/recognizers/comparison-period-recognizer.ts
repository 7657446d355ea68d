/**
 * Comparison periods of business news: "a year earlier", "the year-ago
 * quarter", "the quarter a year ago", "the latest period", "the 1988
 * quarter". Where the report speaks of quarters, these name a quarter: the
 * one in focus (the last quarter the report named, else the last one
 * completed) or the same quarter a year before. When a span of months was
 * named after that quarter ("For the nine months, net rose from $2 million a
 * year earlier"), the period compared is that span a year before, which
 * TIMEX3 can only give as its year ("1988"); a comparison that says
 * "quarter" stays one. Elsewhere "a year earlier" is the year before
 * publication.
 */
import type { TimeMention } from '../../../model/mention.js';
import type { TimeFound } from '../found.js';
import { foundDate } from '../mention.js';
import type { TimeRecognizer } from '../time-extractor.js';
import { keyedPattern, PERIOD, type KeyedPattern } from '../keyed-pattern.js';

/** Each pattern names a year, a quarter or a period, at most its third word ("the comparable year-earlier", "the most recent quarter" its fourth). */
export const YEAR_BACK = keyedPattern(/\b(?:(?:a|one) year (?:ago|earlier|before)|the (?:(?:comparable |corresponding )?year-(?:earlier|ago)|corresponding|comparable|same) (?:quarter|period)(?: (?:a year (?:ago|earlier)|last year))?|the (?:quarter|period) (?:a year (?:ago|earlier)|last year)|last year's (?:quarter|period)|year-(?:earlier|ago))\b/gi, PERIOD, { words: 3 });
export const IN_FOCUS = keyedPattern(/\bthe (?:latest|most recent) (?:quarter|period)\b/gi, PERIOD, { words: 4 });
export const OF_YEAR = keyedPattern(/\bthe (\d{4}) (?:quarter|period)\b/gi, PERIOD, { words: 3 });
const QUARTER_VALUE = /^(\d{4})-Q(\d)$/;
/** A span of months reported on as a whole: "the nine months", "the first six months", "the first half". */
const MONTHS_SPAN = /\b(?:six|nine|twelve|[2-9]|1[0-2])[- ]months?\b|\bfirst half\b/gi;
const QUARTER_WORD = /\bquarter/gi;

function positions(re: RegExp, text: string, from: number): number[] {
  const out: number[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

/** `quarters` are the report's quarter mentions so far, in text order; `ref` the publication date. */
export function comparisonPeriods(text: string, from: number, quarters: readonly TimeMention[], ref: Date): TimeFound[] {
  const refQ = Math.floor(ref.getUTCMonth() / 3) + 1;
  const lastDone = refQ === 1 ? { y: ref.getUTCFullYear() - 1, q: 4 } : { y: ref.getUTCFullYear(), q: refQ - 1 };
  const speaksOfQuarters = quarters.length > 0;
  // Found only when a comparison needs its focus: most reports make none.
  let spans: number[] | undefined;
  // Any quarter the text speaks of ("the latest quarter", "quarterly") brings the focus back to quarters.
  let quarterWords: number[] | undefined;
  const focusAt = (at: number) => {
    const before = quarters.filter((q) => q.end <= at).pop();
    const m = before ? QUARTER_VALUE.exec(before.value) : null;
    const span = (spans ??= positions(MONTHS_SPAN, text, from)).filter((s) => s < at).pop();
    const quarter = (quarterWords ??= positions(QUARTER_WORD, text, from)).filter((s) => s < at).pop();
    const months = span !== undefined && (quarter === undefined || span > quarter);
    return { ...(m ? { y: Number(m[1]), q: Number(m[2]) } : lastDone), months };
  };
  const out: TimeFound[] = [];
  const scan = (re: KeyedPattern, value: (m: RegExpExecArray) => string | null, via: string) => {
    for (const m of re.matches(text, from)) {
      const v = value(m);
      if (v) out.push({ start: m.index, end: m.index + m[0].length, value: v, via });
    }
  };
  scan(YEAR_BACK, (m) => {
    if (!speaksOfQuarters) return /^(?:a|one) year (?:ago|earlier)$/i.test(m[0]) ? String(ref.getUTCFullYear() - 1) : null;
    const f = focusAt(m.index);
    return f.months && !/quarter/i.test(m[0]) ? String(f.y - 1) : `${f.y - 1}-Q${f.q}`;
  }, 'recognizer/comparison-period');
  if (speaksOfQuarters) {
    scan(IN_FOCUS, (m) => {
      // "the latest quarter" has been reported: never one that has not ended by publication.
      const f = focusAt(m.index);
      const done = f.y * 4 + f.q <= lastDone.y * 4 + lastDone.q ? f : lastDone;
      return `${done.y}-Q${done.q}`;
    }, 'recognizer/period-in-focus');
    scan(OF_YEAR, (m) => (focusAt(m.index).months && !/quarter/i.test(m[0]) ? m[1]! : `${m[1]}-Q${focusAt(m.index).q}`), 'recognizer/period-of-year');
  }
  return out;
}

/** A comparison period overrides what the date grammar made of its words ("a year ago" as a bare year). */
export const comparisonPeriodRecognizer: TimeRecognizer = {
  name: 'comparison-period',
  placement: 'override',
  recognize({ text, from, ref }, found) {
    if (!ref) return [];
    const named = found.filter((o) => o.via.includes('recognizer/quarter'));
    // "year-ago" inside "the year-ago third quarter" is already read with its quarter.
    const read = (p: TimeFound) => named.some((o) => o.start <= p.start && p.end <= o.end && o.end - o.start > p.end - p.start);
    return comparisonPeriods(text, from, named, ref).filter((p) => !read(p)).map((p) => foundDate(text, p, 'dct'));
  },
};
