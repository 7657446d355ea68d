/** The date grammar's words (`lexicon/date-words.json`, `lexicon/time-zones.json`) as maps and regex sources. */
import { fromLexicons, lexicon } from '../../../lexicon/index.js';
import { alternation } from '../../common/phrases.js';
import type { DayPart } from './reading.js';
import { utcDay } from './reading.js';

interface DateWords {
  readonly months: Readonly<Record<string, number>>;
  readonly weekdays: Readonly<Record<string, number>>;
  /** Words and phrases that count a time unit ("a", "several"), with chrono's values. */
  readonly counts: Readonly<Record<string, number>>;
  readonly units: Readonly<Record<string, 'day' | 'week' | 'month' | 'year'>>;
  /** Days of the month written as words ("eighth", "twenty-first"). */
  readonly ordinals: Readonly<Record<string, number>>;
  readonly dayParts: readonly DayPart[];
}

interface SeasonalZone { readonly rule: 'us' | 'eu'; readonly standard: number }
interface TimeZones { readonly fixed: Readonly<Record<string, number>>; readonly seasonal: Readonly<Record<string, SeasonalZone>> }

export interface DateVocabulary extends DateWords {
  /** A month name as written in news: capitalised, an abbreviation with or without its dot. */
  readonly month: string;
  readonly weekday: string;
  readonly count: string;
  readonly unit: string;
  readonly ordinal: string;
  readonly part: string;
  readonly zone: string;
}

/** The first three letters of every month name as written (capitalised): a body without them has no month. */
export const MONTH_START = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;

const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);

export function dateWords(): DateVocabulary {
  return fromLexicons('date-words', () => {
    const w = lexicon<DateWords>('date-words');
    const z = lexicon<TimeZones>('time-zones');
    return {
      ...w,
      month: `(?:${alternation(Object.keys(w.months).map(capital))})`,
      weekday: alternation(Object.keys(w.weekdays)),
      count: `\\d+|${alternation(Object.keys(w.counts))}`,
      unit: alternation(Object.keys(w.units)),
      ordinal: alternation(Object.keys(w.ordinals)),
      part: w.dayParts.join('|'),
      zone: alternation([...Object.keys(z.fixed), ...Object.keys(z.seasonal)]),
    };
  });
}

/** A month's number from its name as written ("Sept.", "October"). */
export const monthOf = (name: string): number => dateWords().months[name.replace(/\.$/, '').toLowerCase()]!;

/** A day of the month as written: figures ("8", "8th") or a word ("eighth"). */
export const dayNumber = (s: string): number => (/^\d/.test(s) ? parseInt(s, 10) : dateWords().ordinals[s.toLowerCase()] ?? 0);

/** The nth (1-based) or last (n = 0) Sunday of a month, as a UTC day. */
function sunday(year: number, month: number, n: number): number {
  if (n === 0) {
    const last = utcDay(year, month + 1, 0);
    return last - new Date(last).getUTCDay() * 86_400_000;
  }
  const first = utcDay(year, month, 1);
  return first + (((7 - new Date(first).getUTCDay()) % 7) + (n - 1) * 7) * 86_400_000;
}

/** The offset in minutes of a zone abbreviation on a day; summer time by the US or EU rule. */
export function zoneOffset(abbr: string, day: number): number {
  const z = lexicon<TimeZones>('time-zones');
  const fixed = z.fixed[abbr];
  if (fixed !== undefined) return fixed;
  const s = z.seasonal[abbr]!;
  const y = new Date(day).getUTCFullYear();
  const summer = s.rule === 'us' ? day >= sunday(y, 3, 2) && day < sunday(y, 11, 1) : day >= sunday(y, 3, 0) && day < sunday(y, 10, 0);
  return s.standard + (summer ? 60 : 0);
}
