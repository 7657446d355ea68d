/**
 * "this week", "last month", "next year", "the past month", "the end of this week": publication's
 * week, month or year, or the one before or after it; "end of the month" is publication's last day
 * of the month (the month-edge refiner makes it the month's end). A year read here types as no time
 * (the relative-year recognizer's), but begins a range ("this year through August").
 */
import { keyedPattern, TIME_UNIT } from '../keyed-pattern.js';
import { addDays, addMonths, type DateGrain, type DateParser, type DateReading } from './reading.js';

const SHIFT: Readonly<Record<string, number>> = { this: 0, last: -1, past: -1, next: 1 };

const PATTERN = /\b(?:(the\s+end\s+of)\s+)?(this|last|past|next)\s+(week|month|year)\b|\bend\s+of\s+the\s+month\b/gi;
export const relativePeriodParser: DateParser = {
  name: 'relative-period',
  trigger: /week|month|year/i,
  pattern: PATTERN,
  // The unit, at most the fifth word: "the end of this week".
  keyed: keyedPattern(PATTERN, TIME_UNIT, { words: 5 }),
  read(m, { refDay }) {
    const ref = new Date(refDay);
    if (!m[2]) return period(m, 'day', Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + 1, 0));
    const shift = SHIFT[m[2].toLowerCase()]!;
    const unit = m[3]!.toLowerCase();
    if (unit === 'year') return period(m, 'year', Date.UTC(ref.getUTCFullYear() + shift, 0, 1));
    // "the end of" a month is the month-edge refiner's.
    if (m[1] && unit === 'month') return period(m, 'month', monthStart(addMonths(refDay, shift)), m[0].length - m[2].length - 1 - m[3]!.length);
    if (unit === 'month') return period(m, 'month', monthStart(addMonths(refDay, shift)));
    // "this week" from its Sunday, as chrono counts; the weekday refiner gives the ISO week.
    return period(m, 'week', shift === 0 ? addDays(refDay, -ref.getUTCDay()) : addDays(refDay, 7 * shift));
  },
};

/** The reading of the match `m` without its first `cut` characters (a literal: spreading a shared part cost more than the rest of `read`). */
function period(m: RegExpExecArray, grain: DateGrain, day: number, cut = 0): DateReading {
  return { index: m.index + cut, text: cut ? m[0].slice(cut) : m[0], stated: false, clock: null, part: null, grain, day };
}

function monthStart(day: number): number {
  const d = new Date(day);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}
