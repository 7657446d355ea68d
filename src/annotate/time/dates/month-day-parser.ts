/**
 * A day of a named month, middle-endian as American news writes it: "March 15", "Aug. 26, 1989",
 * "Friday, March 14", "Jan 3rd 2025", "March eighth". Without a year the nearest one is implied (the month refiner
 * then places it); a weekday written before it is part of the date.
 */
import { fromLexicons } from '../../../lexicon/index.js';
import { keyedPattern } from '../keyed-pattern.js';
import { dateWords, dayNumber, MONTH_START, monthOf } from './words.js';
import { calendarDay, nearestYear, type DateParser } from './reading.js';

/** A weekday and its comma right before the month: "Friday, " (the weekday is capitalised in a date). */
const WEEKDAY_BEFORE = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+$/;

const pattern = () => fromLexicons('date:month-day', () => new RegExp(
  // Not a clock time or a decimal after the day ("March 5:30", "Jan. 1.5"); a year only as four figures.
  `\\b(${dateWords().month})\\b(?:\\.\\s*|\\s+)(\\d{1,2}(?:st|nd|rd|th)?|${dateWords().ordinal})\\b(?!\\s*(?:am|pm|a\\.m|p\\.m)\\b|[:.,]\\d)(?:(?:,\\s*|\\s+)(\\d{4})(?![\\d%]|[.,]\\d))?`, 'g'));

/** The month begins the match: the month parser scans for the same key. */
const keyed = () => fromLexicons('date:month-day-keyed', () => keyedPattern(pattern(), MONTH_START, { words: 1 }));

export const monthDayParser: DateParser = {
  name: 'month-day',
  trigger: MONTH_START,
  get pattern() { return pattern(); },
  get keyed() { return keyed(); },
  read(m, { text, refDay }) {
    const month = monthOf(m[1]!);
    const day = dayNumber(m[2]!);
    const year = m[3] ? Number(m[3]) : nearestYear(refDay, month, day);
    const at = calendarDay(year, month, day);
    if (at === null) return null;
    const before = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index));
    const index = m.index - (before?.[0].length ?? 0);
    return { index, text: text.slice(index, m.index + m[0].length), grain: 'day', day: at, stated: Boolean(m[3]), clock: null, part: null };
  },
};
