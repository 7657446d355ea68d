/**
 * Holidays: "Thanksgiving Day", "last Christmas", "Election Day", "Easter
 * week". The names and their rules live in lexicon/holidays.json: a fixed
 * day ("12-25"), the nth weekday of a month ("nth:11:4:4", the fourth
 * Thursday of November; -1 is the last), days from Easter ("easter:-2"),
 * optionally shifted ("nth:11:1:1:+1", the day after the first Monday of
 * November). The year is chosen as for a month named alone: in the window
 * around publication its clause directs; "last" is the latest one before
 * publication, "next" the first after, "this" this year's. "<holiday> week"
 * is the ISO week it falls in.
 */
import { lexicon } from '../../../lexicon/index.js';
import { DAY_MS, WEEK_DAYS, isoWeek, pad } from '../calendar.js';
import { windowYear } from '../refiners/month-year-refiner.js';
import type { TimeFound } from '../found.js';
import { foundDate } from '../mention.js';
import type { TimeRecognizer } from '../time-extractor.js';
import { keyedPattern, type KeyedPattern } from '../keyed-pattern.js';

interface HolidayLexicon { readonly days: Readonly<Record<string, string>>; readonly notBefore: readonly string[] }

const FIXED = /^(\d{2})-(\d{2})$/;
const NTH = /^nth:(\d{1,2}):([0-6]):(-?\d)(?::([+-]\d+))?$/;
const EASTER = /^easter:([+-]?\d+)$/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let compiled: { key: HolidayLexicon; re: KeyedPattern; rule: Map<string, string>; notBefore: ReadonlySet<string> } | null = null;

/** Easter Sunday of `y` (the anonymous Gregorian computus), as UTC milliseconds. */
function easter(y: number): number {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return Date.UTC(y, month - 1, ((h + l - 7 * m + 114) % 31) + 1);
}

/** The holiday's day in year `y` (UTC milliseconds), or null for a rule this code does not read. */
export function holidayDate(rule: string, y: number): number | null {
  let m = FIXED.exec(rule);
  if (m) return Date.UTC(y, Number(m[1]) - 1, Number(m[2]));
  m = EASTER.exec(rule);
  if (m) return easter(y) + Number(m[1]) * DAY_MS;
  m = NTH.exec(rule);
  if (!m) return null;
  const month = Number(m[1]) - 1, weekday = Number(m[2]), n = Number(m[3]);
  let day: number;
  if (n > 0) {
    const first = Date.UTC(y, month, 1);
    day = first + (((weekday - new Date(first).getUTCDay() + WEEK_DAYS) % WEEK_DAYS) + WEEK_DAYS * (n - 1)) * DAY_MS;
  } else {
    const last = Date.UTC(y, month + 1, 0);
    day = last - ((new Date(last).getUTCDay() - weekday + WEEK_DAYS) % WEEK_DAYS) * DAY_MS;
  }
  return day + Number(m[4] ?? 0) * DAY_MS;
}

/** The holidays' pattern and rules, compiled again when the lexicon is. */
function compiledHolidays(): NonNullable<typeof compiled> {
  const lex = lexicon<HolidayLexicon>('holidays');
  if (compiled?.key !== lex) {
    const rule = new Map(Object.entries(lex.days));
    // Longest first, so "Christmas Eve" wins over "Christmas"; the names keep their capitals (a "thanksgiving" is a prayer).
    const names = [...rule.keys()].sort((a, b) => b.length - a.length);
    const re = new RegExp(`\\b(?:(last|next|this) )?(${names.map((n) => escape(n).replace(/'/g, "['’]")).join('|')})(?![\\w'’])( week\\b)?`, 'g');
    // Read from the plain words each name opens with ("St" of "St. Patrick's Day"), at most the second word ("last Easter").
    const openings = new Set(names.map((n) => /^[A-Za-z0-9 ]*/.exec(n)![0]));
    compiled = { key: lex, re: keyedPattern(re, new RegExp([...openings].join('|')), { words: 2 }), rule, notBefore: new Set(lex.notBefore) };
  }
  return compiled;
}

export const holidayPattern = (): KeyedPattern => compiledHolidays().re;

export function holidays(text: string, from: number, ref: Date): TimeFound[] {
  const { re, rule, notBefore } = compiledHolidays();
  const refDay = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
  const y0 = ref.getUTCFullYear();
  const out: TimeFound[] = [];
  for (const m of re.matches(text, from)) {
    const end = m.index + m[0].length;
    const next = /^[\s-]+(\p{L}+)/u.exec(text.slice(end, end + 20))?.[1]?.toLowerCase();
    if (!m[3] && next && notBefore.has(next)) continue;
    const r = rule.get(m[2]!.replace(/’/g, "'"))!;
    const offset = (y: number) => ((holidayDate(r, y) ?? NaN) - refDay) / DAY_MS;
    if (Number.isNaN(offset(y0))) continue;
    const modifier = m[1]?.toLowerCase();
    const year = modifier === 'this' ? y0
      : modifier === 'last' ? (offset(y0) < 0 ? y0 : y0 - 1)
      : modifier === 'next' ? (offset(y0) > 0 ? y0 : y0 + 1)
      : windowYear(offset, text, m.index, end, y0);
    const day = new Date(holidayDate(r, year)!);
    const value = m[3] ? isoWeek(day) : `${year}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
    out.push({ start: m.index, end, value, via: 'recognizer/holiday' });
  }
  return out;
}

export const holidayRecognizer: TimeRecognizer = {
  name: 'holiday',
  placement: 'override',
  recognize: ({ text, from, ref }) => (ref ? holidays(text, from, ref).map((p) => foundDate(text, p, 'dct')) : []),
};
