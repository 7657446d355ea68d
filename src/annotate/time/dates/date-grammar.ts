/**
 * The date grammar: the date parsers in this order, each run only on a text holding its trigger
 * words; of readings that overlap the longest stands (the order decides a tie); then a date and a
 * clock time or part of the day written together become one reading ("9 p.m. on Friday", "the night
 * of Oct. 23"), a day counted from a date joins it ("the day before last Tuesday"), and the end of a
 * range learns where the range begins.
 */
import { matchesFrom } from '../../common/extractor.js';
import { alternation } from '../../common/phrases.js';
import { fromLexicons, lexicon } from '../../../lexicon/index.js';
import { holdsKey } from '../keyed-pattern.js';
import type { DateContext, DateParser, DateReading } from './reading.js';
import { numericDateParser } from './numeric-date-parser.js';
import { monthDayParser } from './month-day-parser.js';
import { dayMonthParser } from './day-month-parser.js';
import { monthParser } from './month-parser.js';
import { weekdayParser } from './weekday-parser.js';
import { casualDayParser } from './casual-day-parser.js';
import { relativePeriodParser } from './relative-period-parser.js';
import { unitOffsetParser } from './unit-offset-parser.js';
import { clockParser, militaryClockParser } from './clock-parser.js';
import { dayPartParser } from './day-part-parser.js';

export const DATE_PARSERS: readonly DateParser[] = [
  numericDateParser,
  monthDayParser,
  dayMonthParser,
  monthParser,
  weekdayParser,
  casualDayParser,
  relativePeriodParser,
  unitOffsetParser,
  clockParser,
  militaryClockParser,
  // Last: a part of the day inside a weekday's or "yesterday"'s words is theirs.
  dayPartParser,
];

/** What may stand between a date and its clock time: "Friday at 8pm", "9 p.m. on Friday", "noon Friday". */
const DATE_TIME_GAP = /^\s*(?:T|at|after|before|on|of|,|-|\.|∙|:)?\s*$/i;
/** Between a part of the day and its date: "the night of Oct. 23" ("mid-afternoon yesterday" has none). */
const PART_OF_GAP = /^\s+of\s+$/i;
/** An offset counted from the date after it: "the day before last Tuesday". */
const OFFSET_FROM = /\b(?:before|after)$/i;
/** Between the two ends of a range: "Aug. 26 to Oct. 20", "today through Nov. 17". */
const RANGE_GAP = /^(?:,?\s+(?:to|through|until|till)\s+|\s*[-–]\s*)$/i;

/** A clock time given again in brackets, then its date: "12:50 p.m. local time (0620 GMT) on March 28". */
const BRACKET_OPEN = /^[\s.]*(?:local(?: time)?\s*)?\(\s*$/i;
const BRACKET_CLOSE = /^\s*\)\s*,?\s*(?:on\s+)?$/i;

const endOf = (r: DateReading) => r.index + r.text.length;
/** A clock time whose words name no day: it took publication's. */
const bareClock = (r: DateReading, refDay: number) => !!r.clock && !r.part && !r.stated && r.day === refDay;
const isDate = (r: DateReading) => r.grain === 'day' && !r.clock && !r.part;

/** `a` (a day) with the clock time or part of the day of `b`, spanning both. */
function joined(a: DateReading, b: DateReading, text: string): DateReading {
  const index = Math.min(a.index, b.index);
  const end = Math.max(endOf(a), endOf(b));
  return { index, text: text.slice(index, end), grain: 'day', day: a.day, stated: a.stated, clock: b.clock, part: b.part };
}

/** Of overlapping readings (sorted by start), the longest; among equals, the first. */
function withoutOverlaps(found: DateReading[]): DateReading[] {
  found.sort((a, b) => a.index - b.index);
  const out: DateReading[] = [];
  for (const r of found) {
    const last = out[out.length - 1];
    if (!last || r.index >= endOf(last)) out.push(r);
    else if (r.text.length > last.text.length) out[out.length - 1] = r;
  }
  return out;
}

/** Dates with their clock times and parts of the day joined; the ends of ranges marked. */
function joinedUp(found: readonly DateReading[], { text, refDay }: DateContext): DateReading[] {
  const out: DateReading[] = [];
  for (const r of found) {
    const last = out[out.length - 1];
    const gap = last ? text.slice(endOf(last), r.index) : '';
    if (last && DATE_TIME_GAP.test(gap) && ((isDate(last) && r.clock) || (last.clock && isDate(r)))) {
      out[out.length - 1] = last.clock ? joined(r, last, text) : joined(last, r, text);
    } else if (last && last.part && !last.clock && isDate(r) && (PART_OF_GAP.test(gap) || DATE_TIME_GAP.test(gap))) {
      out[out.length - 1] = joined(r, last, text);
    } else if (last && last.grain === 'day' && OFFSET_FROM.test(last.text) && isDate(r) && /^\s+$/.test(gap)) {
      out[out.length - 1] = { ...r, index: last.index, text: text.slice(last.index, endOf(r)), day: r.day + last.day - refDay };
    } else if (last && bareClock(last, refDay) && isDate(r) && BRACKET_CLOSE.test(gap)) {
      // "12:50 p.m. local time (0620 GMT) on March 28": the date after the bracket is both clocks' day.
      out[out.length - 1] = { ...last, day: r.day, stated: r.stated };
      const before = out[out.length - 2];
      if (before && bareClock(before, refDay) && BRACKET_OPEN.test(text.slice(endOf(before), last.index))) out[out.length - 2] = { ...before, day: r.day, stated: r.stated };
      out.push(r);
    } else if (last && !last.clock && !r.clock && RANGE_GAP.test(gap)) {
      out.push({ ...r, clauseAt: last.index });
    } else {
      out.push(r);
    }
  }
  return out;
}

/** The dates and times written in `text`, read against `ref` (publication), in text order. */
export function readDates(text: string, ref: Date): DateReading[] {
  const ctx: DateContext = { text, ref, refDay: Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate()) };
  const found: DateReading[] = [];
  for (const p of DATE_PARSERS) {
    // A trigger another parser read as its key (the month names) is answered from its positions.
    const matches = p.keyed ? p.keyed.matches(text) : holdsKey(text, p.trigger) ? matchesFrom(p.pattern, text, 0) : [];
    for (const m of matches) {
      const r = p.read(m, ctx);
      if (r) found.push(r);
    }
  }
  return onNarrativeDay(joinedUp(withoutOverlaps(found), ctx), ctx);
}

/** A verb of saying right before a date: the day a source spoke ("officials said on Wednesday"). */
const saidBefore = () => fromLexicons('date:said-before', () => new RegExp(`\\b(?:${alternation(lexicon<string[]>('cue-verbs'))})\\s+(?:on\\s+)?$`, 'i'));

/**
 * A clock time whose words name no day is on the day the narrative is on: the last day named before
 * it ("crashed on Sunday evening ... came down at 18:42"), not the day a source spoke, as
 * local-time-recognizer reads them; with none, publication's.
 */
function onNarrativeDay(readings: DateReading[], { text, refDay }: DateContext): DateReading[] {
  let day: number | null = null;
  return readings.map((r) => {
    if (bareClock(r, refDay)) return day === null || day === refDay ? r : { ...r, day };
    if (r.grain === 'day' && !r.clock && !saidBefore().test(text.slice(Math.max(0, r.index - 30), r.index))) day = r.day;
    return r;
  });
}
