/**
 * A day before its month, as British and wire news write it: "15 March", "3 Oct 2024", "Monday 17
 * March 2025", "the 4th of July". In a range of days ("12-13 January") the last day is read.
 */
import { fromLexicons } from '../../../lexicon/index.js';
import { dateWords, MONTH_START, monthOf } from './words.js';
import { calendarDay, nearestYear, type DateParser } from './reading.js';

const WEEKDAY_BEFORE = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+$/;

const pattern = () => fromLexicons('date:day-month', () => new RegExp(
  `(?<![\\d.,:/$£€-])(?:\\d{1,2}(?:st|nd|rd|th)?\\s*(?:to|-|–|until|through|till)\\s*)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+(${dateWords().month})\\b\\.?(?:,?\\s+(\\d{4})(?![\\d%]|[.,]\\d))?`, 'g'));

export const dayMonthParser: DateParser = {
  name: 'day-month',
  trigger: MONTH_START,
  get pattern() { return pattern(); },
  read(m, { text, refDay }) {
    const day = Number(m[1]);
    const month = monthOf(m[2]!);
    const year = m[3] ? Number(m[3]) : nearestYear(refDay, month, day);
    const at = calendarDay(year, month, day);
    if (at === null) return null;
    // The last day of a range: its figure is the one right before the month.
    const dayAt = m.index + m[0].lastIndexOf(m[1]!, m[0].indexOf(m[2]!));
    const before = dayAt === m.index ? WEEKDAY_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index)) : null;
    const index = dayAt - (before?.[0].length ?? 0);
    const end = m.index + m[0].length;
    return { index, text: text.slice(index, end).replace(/\.$/, ''), grain: 'day', day: at, stated: Boolean(m[3]), clock: null, part: null };
  },
};
