/**
 * What the date grammar reads: a date parser's reading of a few words (a day, month, week, weekend
 * or year, with a clock time or a part of the day), before it is typed as a TIMEX3 mention. All
 * calendar arithmetic is in UTC days from the reference (publication).
 */
import { DAY_MS } from '../calendar.js';
import type { KeyedPattern } from '../keyed-pattern.js';

/** How fine a reading's date is. */
export type DateGrain = 'day' | 'month' | 'week' | 'weekend' | 'year';

/** A part of the day as the text names it. */
export type DayPart = 'morning' | 'afternoon' | 'evening' | 'night';

/** A clock time: the hour and minute as written (24 h), and the zone's offset in minutes when the text names one. */
export interface Clock { readonly hour: number; readonly minute: number; readonly offset: number | null }

export interface DateReading {
  /** Where the words begin in the text the grammar read. */
  readonly index: number;
  readonly text: string;
  readonly grain: DateGrain;
  /** The day named, or the one standing for a coarser grain, as UTC milliseconds at its midnight. */
  readonly day: number;
  /** Day, month and year are all written (or, as "yesterday", fixed by publication alone). */
  readonly stated: boolean;
  readonly clock: Clock | null;
  readonly part: DayPart | null;
  /** The end of a range ("Aug. 26 to Oct. 20"): where the clause that directs it begins, in the text read. */
  readonly clauseAt?: number;
}

/** What every date parser is handed: the text and the reference (publication) as a UTC day and its hour. */
export interface DateContext {
  readonly text: string;
  /** Publication's day, UTC milliseconds at its midnight. */
  readonly refDay: number;
  readonly ref: Date;
}

/**
 * One form of date, chrono-node style: `trigger` names words every reading holds (a text without them
 * is not read), `pattern` (global) finds the candidates, `read` turns one match into a reading or null.
 */
export interface DateParser {
  readonly name: string;
  readonly trigger: RegExp;
  readonly pattern: RegExp;
  /** `pattern` read from a word every match holds (keyed-pattern.ts); the grammar then scans for that word, not the trigger. */
  readonly keyed?: KeyedPattern;
  read(m: RegExpExecArray, ctx: DateContext): DateReading | null;
}

/** A reading of a day: `m.index`, its words, and how it is known. */
export function dayReading(m: RegExpExecArray, grain: DateGrain, day: number, stated: boolean, rest: Partial<Pick<DateReading, 'clock' | 'part'>> = {}): DateReading {
  return { index: m.index, text: m[0], grain, day, stated, clock: rest.clock ?? null, part: rest.part ?? null };
}

export const utcDay = (y: number, month: number, d: number): number => Date.UTC(y, month - 1, d);

/** The day `d` of `month` (1-12) in year `y`, or null when the month has no such day ("February 30"). */
export function calendarDay(y: number, month: number, d: number): number | null {
  const t = utcDay(y, month, d);
  return d >= 1 && new Date(t).getUTCDate() === d ? t : null;
}

export const addDays = (day: number, n: number): number => day + n * DAY_MS;

/** `day` moved by `n` months (the day of the month kept, JavaScript's overflow as chrono's). */
export function addMonths(day: number, n: number): number {
  const d = new Date(day);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, d.getUTCDate());
}

/** The year, of the reference's and the two beside it, that puts month/day nearest the reference. */
export function nearestYear(refDay: number, month: number, day: number): number {
  const y = new Date(refDay).getUTCFullYear();
  let best = y;
  for (const c of [y - 1, y + 1]) if (Math.abs(utcDay(c, month, day) - refDay) < Math.abs(utcDay(best, month, day) - refDay)) best = c;
  return best;
}

/**
 * The weekday `target` (0 Sunday) nearest the reference day, or the next or last one: chrono's rule,
 * which the weekday refiner then directs by the clause.
 */
export function weekdayDay(refDay: number, target: number, modifier: 'this' | 'last' | 'next' | null): number {
  const dow = new Date(refDay).getUTCDay();
  const forward = (target - dow + 7) % 7;
  const backward = target - dow >= 0 ? target - dow - 7 : target - dow;
  let shift: number;
  if (modifier === 'this') shift = forward;
  else if (modifier === 'last') shift = backward;
  else if (modifier === 'next') shift = dow === 0 ? (target === 0 ? 7 : target) : dow === 6 ? (target === 6 ? 7 : target === 0 ? 8 : 1 + target) : target < dow && target !== 0 ? forward : forward + 7;
  else shift = forward < -backward ? forward : backward;
  return addDays(refDay, shift);
}
