/**
 * Weekdays and weeks as news means them: a weekday named alone is the latest
 * such day on or before publication unless its clause looks ahead; "this
 * week", "last week" and "next week" are publication's ISO week and its
 * neighbours. The date grammar picks the nearest day, off by a week.
 */
import type { TimeMention } from '../../../model/mention.js';
import { timexValue } from '../../../model/timex.js';
import { clauseDirection } from './tense-refiner.js';
import { DAY_MS, WEEK_DAYS, isoDay, isoWeek } from '../calendar.js';

const WEEKDAY = /^(?:(?:last|this|next|on) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
/** Characters after a time's closing bracket read for its weekday ("(06:20 GMT) on Friday"). */
const ASIDE_REACH = 14;
/** A clock time's weekday ("06:20 GMT on Friday", "Friday at 8pm"), directed as the weekday alone is. */
const CLOCK_WEEKDAY = /(?:^|\s)(?:on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/**
 * A weekday named alone means the latest such day on or before publication (news looks back), unless
 * its clause looks ahead ("will meet on Thursday") or it says "next"; a possessive ("Tuesday's ruling")
 * names something that has happened. The date grammar picks the nearest either way.
 */
export function directedWeekday(m: TimeMention, text: string, ref: Date, clauseAt = m.start): TimeMention {
  const clock = m.type === 'TIME' && /T\d/.test(m.value);
  // A time in an aside takes the weekday after it ("(06:20 GMT) on Friday"); a clock time is a deadline
  // after "until" or "by", as a date is.
  const w = WEEKDAY.exec(m.text.trim()) ?? (clock ? CLOCK_WEEKDAY.exec(m.text) ?? (text[m.end] === ')' ? CLOCK_WEEKDAY.exec(text.slice(m.end + 1, m.end + ASIDE_REACH)) : null) : null);
  if (!w || !/^\d{4}-\d{2}-\d{2}/.test(m.value)) return m;
  const target = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].indexOf(w[1]!.toLowerCase());
  const refDay = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
  const dow = new Date(refDay).getUTCDay();
  const possessive = /^['’]s\b/.test(text.slice(m.end, m.end + 3));
  const modifier = /^(last|next|this) /i.exec(m.text)?.[1]?.toLowerCase();
  const future = modifier === 'next' || (!modifier && !possessive && clauseDirection(text, clauseAt, clock ? 'date' : 'weekday', m.end) === 'future');
  const ahead = (target - dow + WEEK_DAYS) % WEEK_DAYS;
  const back = (dow - target + WEEK_DAYS) % WEEK_DAYS;
  // "will appear on Monday" in a Monday's paper is that day; "next Monday" is a week on.
  const shift = future ? (ahead || (modifier === 'next' ? WEEK_DAYS : 0)) : modifier === 'last' ? -(back || WEEK_DAYS) : -back;
  return { ...m, value: timexValue(isoDay(new Date(refDay + shift * DAY_MS)) + m.value.slice(10)), via: [...m.via, future ? 'refiner/weekday-ahead' : 'refiner/weekday-back'] };
}

const RELATIVE_WEEK = /\b(this|last|past|next|coming) week\b/i;

/** "this week" is publication's ISO week, "last week" the one before, "next week" the one after (the grammar's are counted from a Sunday or publication). */
export function relativeWeek(m: TimeMention, ref: Date): TimeMention {
  const w = RELATIVE_WEEK.exec(m.text);
  if (!w || !/-W\d{2}$/.test(m.value)) return m;
  const shift = { this: 0, last: -1, past: -1, next: 1, coming: 1 }[w[1]!.toLowerCase() as 'this'] * WEEK_DAYS;
  return { ...m, value: timexValue(isoWeek(new Date(ref.getTime() + shift * DAY_MS))), via: [...m.via, 'refiner/relative-week'] };
}
