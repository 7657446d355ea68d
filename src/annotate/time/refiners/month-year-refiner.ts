/**
 * The year of a month, or a day of a month, named without one. News speaks
 * mostly of the recent past and the near future: such a date is taken in a
 * window of one year around publication that reaches further back than
 * ahead (three months ahead, nine back; in TempEval-3's news, dates up to
 * three months ahead outnumber those beyond by twenty to one). A clause that
 * looks ahead ("will report in April", "payable Dec. 7") moves the window
 * forward; "last"/"next" pick the latest one before or the next one after
 * publication. The date grammar's own choice (the nearest) puts "the year ended
 * March 31", read in October, in the coming March.
 */
import type { TimeMention } from '../../../model/mention.js';
import { timexValue } from '../../../model/timex.js';
import { clauseDirection } from './tense-refiner.js';
import { DAY_MS } from '../calendar.js';

/** How far back (in days) the window starts: by default, and when the clause looks ahead or back. */
const WINDOW_START = { none: -275, future: -45, past: -320 } as const;
/** The window's length in days: one year. */
const WINDOW_DAYS = 365;
/** The day a month named alone is placed by: its middle. */
const MID_MONTH = 15;
const WEEKDAY_IN = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

export function directedMonth(m: TimeMention, text: string, ref: Date, clauseAt = m.start): TimeMention {
  const v = /^\d{4}-(\d{2})(-\d{2})?$/.exec(m.value);
  if (!v || m.anchor !== 'dct' || /\b\d{4}\b|['’]\d{2}$/.test(m.text) || WEEKDAY_IN.test(m.text)) return m;
  // The date grammar leaves "last", "this" and "next" out of a month's span; TimeML keeps them in.
  const lead = /\b(last|this|next) $/i.exec(text.slice(Math.max(0, m.start - 5), m.start));
  if (lead) m = { ...m, start: m.start - lead[0].length, text: text.slice(m.start - lead[0].length, m.end) };
  const modifier = lead?.[1]!.toLowerCase();
  if (modifier === 'this') return { ...m, value: timexValue(`${ref.getUTCFullYear()}-${v[1]}${v[2] ?? ''}`) };
  const month = Number(v[1]) - 1;
  const day = v[2] ? Number(v[2].slice(1)) : MID_MONTH;
  const refDay = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
  const offset = (y: number) => (Date.UTC(y, month, day) - refDay) / DAY_MS;
  const y0 = ref.getUTCFullYear();
  let year: number;
  if (modifier === 'last') year = offset(y0) < 0 && (v[2] || month !== ref.getUTCMonth()) ? y0 : y0 - 1;
  else if (modifier === 'next') year = offset(y0) > 0 && (v[2] || month !== ref.getUTCMonth()) ? y0 : y0 + 1;
  else year = windowYear(offset, text, clauseAt, m.end, y0);
  const value = `${year}-${v[1]}${v[2] ?? ''}`;
  return value === m.value ? m : { ...m, value: timexValue(value), via: [...m.via, year > y0 || (year === y0 && offset(y0) > 0) ? 'refiner/month-ahead' : 'refiner/month-back'] };
}

/**
 * The year (of `y0 - 1`, `y0`, `y0 + 1`) whose date lies in the window around publication that the
 * clause of the expression (`at` to `after`) directs; `offset(y)` is that year's date in days from publication.
 */
export function windowYear(offset: (y: number) => number, text: string, at: number, after: number, y0: number): number {
  const start = WINDOW_START[clauseDirection(text, at, 'date', after) ?? 'none'];
  return [y0 - 1, y0, y0 + 1].find((y) => offset(y) >= start && offset(y) < start + WINDOW_DAYS) ?? y0;
}
