/**
 * Time mentions in Spanish and Portuguese, from `lexicon/<lang>/time.json`:
 * the calendar (dates/local-date-parser.ts: "el martes 29 de octubre", "4 de
 * julho de 2024", weekdays, "ayer", "ontem"), clock times as the press writes them ("20.11 horas", "a las 20:11",
 * "às 20h11", "1h03"), with the zone the text names ("horário de Brasília")
 * and the day of the date next to them; a weekday with its day of the month
 * in brackets ("quinta-feira (4)"); bare years and durations. As in English,
 * a weekday named alone looks back from publication unless its clause looks
 * ahead, and TimeML's spans leave out the article or preposition before it.
 */
import type { TimeMention } from '../../../model/mention.js';
import { fromLexicons, lexicon } from '../../../lexicon/index.js';
import { isAge, localGrammar, localValue, type NumberLexicon } from '../../quantity/local-numbers.js';
import { alternation } from '../../common/phrases.js';
import { matchesFrom } from '../../common/extractor.js';
import { DAY_MS, WEEK_DAYS, isoDay, isoMonth, isoWeek, pad } from '../calendar.js';
import { timeMention } from '../mention.js';
import { localDates } from '../dates/local-date-parser.js';

/** The shape of `lexicon/<lang>/time.json`. */
interface TimeLexicon {
  readonly approx: readonly string[];
  readonly future: readonly string[];
  readonly clockWords: readonly string[];
  readonly units: Readonly<Record<string, string>>;
  /** A phrase naming a zone: a fixed offset ("-03:00", "Z"), "europe" / "europe-west" for the zones with EU summer time, or "us-east". */
  readonly zones: Readonly<Record<string, string>>;
  /** Parts of the day after an hour ("de la tarde"), each "am" or "pm". */
  readonly dayParts: Readonly<Record<string, 'am' | 'pm'>>;
  /** The word of "ago" before its amount ("hace", "há"). */
  readonly ago: readonly string[];
  /** Words that place a week, month or year: this one, the last, the next ("esta", "pasado", "próximo"). */
  readonly relative: Readonly<Record<'this' | 'last' | 'next', readonly string[]>>;
  readonly periods: Readonly<Record<string, 'week' | 'month' | 'year'>>;
}

interface LocalTimeGrammar {
  readonly lex: TimeLexicon;
  readonly clock: RegExp;
  readonly zone: RegExp;
  readonly future: RegExp;
  readonly duration: RegExp;
  /** "8 de la mañana", "às 3 da tarde" — groups: 1 approx, 2 hour, 3 minute, 4 part of day. */
  readonly clockPart: RegExp;
  /** "hace dos semanas", "há três dias" — groups: 1 amount, 2 unit. */
  readonly ago: RegExp;
  /** "esta semana", "el año pasado", "no próximo mês" — groups: 1 this/next word, 2 period; or 3 period, 4 last/next word. */
  readonly relative: RegExp;
}

/** "mañana" after an article or "media" is the morning ("esta mañana", "a media mañana"), not tomorrow. */
const MORNING = /(?:la|esta|esa|misma|aquella|toda|media|cada|una|de|por)\s+$/iu;
const BRACKETED_DAY = /^\s*\((\d{1,2})\)/;

/** Whether `word`, with `before` it, is "mañana" as the morning ("esta mañana", "de la mañana"), not tomorrow. */
const isMorning = (word: string, before: string) => /^mañana$/iu.test(word) && MORNING.test(before);

/** Whether a word of the future stands in `clause`, "mañana" as the morning ("a las 7.42 de la mañana del viernes") not counted. */
function looksAhead(future: RegExp, clause: string): boolean {
  future.lastIndex = 0;
  for (let m = future.exec(clause); m; m = future.exec(clause)) if (!isMorning(m[0], clause.slice(0, m.index))) return true;
  return false;
}
const YEAR = /(?<![\d.,\p{L}])(?:1[6-9]|20)\d{2}(?![\d%\p{L}]|[.,]\d)/gu;
/** Words between a clock time and the date it falls on: "20.11 horas del martes", "às 18h (…) de quinta". */
/** Between a clock time and the date it is of: an aside in brackets, "hora local", a comma, "del" ("a las 20.48 hora local del miércoles"). */
const TO_DATE = /^[\s,]*(?:\([^)]{0,40}\)\s*)?(?:(?:hora|horário|horario)?\s*local\b[\s,]*)?(?:\([^)]{0,40}\)[\s,]*)?(?:del|de|do|da|el|o|a)?\s*$/iu;
/** Characters a date may stand after its clock time and still be its day. */
const TO_DATE_REACH = 48;

function grammar(lang: string): LocalTimeGrammar {
  return fromLexicons(`local-time:${lang}`, () => {
    const lex = lexicon<TimeLexicon>(`${lang}/time`);
    const approx = alternation(lex.approx);
    const clockWords = alternation(lex.clockWords.filter((w) => w !== 'h'));
    // "20.11 horas", "a las 20:11", "às 20h11", "18h", "1h03": a time needs its word, its colon or its "h".
    const clock = new RegExp(`(?:(${approx})\\s+)?(?:(?:a|à|às|as|las|la)\\s+)?(?<![\\d.,:])(\\d{1,2})(?:(?:[.:](\\d{2})(?:\\s+(?:${clockWords}))?)|(?:h(\\d{2})?))(?![\\d\\p{L}]|[.,]\\d)`, 'giu');
    const zone = new RegExp(`^\\s*(?:\\(|,)?\\s*(?:(?:pelo|pela|no|na|en|según\\s+la|segundo\\s+o)\\s+)?(${alternation(Object.keys(lex.zones))})\\)?`, 'iu');
    const future = new RegExp(`(?<![\\p{L}])(?:${alternation(lex.future)})(?![\\p{L}])`, 'giu');
    const numbers = localGrammar(lang).lex;
    const amount = `\\d+|${alternation(Object.keys(numbers.words))}`;
    const duration = new RegExp(`(?<![\\p{L}\\d.,])(${amount})\\s+(${alternation(Object.keys(lex.units))})(?![\\p{L}])`, 'giu');
    const clockPart = new RegExp(`(?:(${approx})\\s+)?(?:(?:a|à|às|as|las|la)\\s+)?(?<![\\d.,:])(\\d{1,2})(?:[.:h](\\d{2}))?\\s+(${alternation(Object.keys(lex.dayParts))})(?![\\p{L}])`, 'giu');
    const ago = new RegExp(`(?<![\\p{L}])(?:${alternation(lex.ago)})\\s+(${amount})\\s+(${alternation(Object.keys(lex.units))})(?![\\p{L}])`, 'giu');
    const periods = alternation(Object.keys(lex.periods));
    const relative = new RegExp(`(?<![\\p{L}])(?:(${alternation([...lex.relative.this, ...lex.relative.next])})\\s+(${periods})|(${periods})\\s+(${alternation([...lex.relative.last, ...lex.relative.next])}))(?![\\p{L}])`, 'giu');
    return { lex, clockPart, ago, relative, clock, zone, future, duration };
  });
}


const utcDay = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());

/** The last Sunday of a month (0-based), as a UTC day. */
function lastSunday(year: number, month: number): number {
  const last = Date.UTC(year, month + 1, 0);
  return last - new Date(last).getUTCDay() * DAY_MS;
}

/** The nth Sunday of a month (0-based), as a UTC day. */
function nthSunday(year: number, month: number, n: number): number {
  const first = Date.UTC(year, month, 1);
  return first + (((7 - new Date(first).getUTCDay()) % 7) + (n - 1) * 7) * DAY_MS;
}

/**
 * The offset of a zone phrase on a day: fixed, central / western European time with EU summer time, or
 * US Eastern time ("horário de Washington") with US daylight time.
 */
function zoneOffset(zone: string, day: string): string {
  const t = Date.parse(day);
  const y = new Date(t).getUTCFullYear();
  if (zone === 'us-east') return t >= nthSunday(y, 2, 2) && t < nthSunday(y, 10, 1) ? '-04:00' : '-05:00';
  if (zone !== 'europe' && zone !== 'europe-west') return zone;
  const summer = t >= lastSunday(y, 2) && t < lastSunday(y, 9);
  const hours = (zone === 'europe' ? 1 : 0) + (summer ? 1 : 0);
  return hours === 0 ? 'Z' : `+${pad(hours)}:00`;
}

/** The day a weekday (0 Sunday) named alone falls on: the latest on or before publication, unless its clause looks ahead. */
function weekdayDay(target: number, ref: Date, future: boolean): string {
  const refDay = utcDay(ref);
  const dow = new Date(refDay).getUTCDay();
  const shift = future ? (target - dow + WEEK_DAYS) % WEEK_DAYS : -((dow - target + WEEK_DAYS) % WEEK_DAYS);
  return isoDay(new Date(refDay + shift * DAY_MS));
}

/** "quinta-feira (4)": the date with that day of the month and that weekday nearest publication. */
function bracketedDay(target: number, day: number, ref: Date): string | null {
  const candidates = [-1, 0, 1].map((k) => Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + k, day)).filter((t) => new Date(t).getUTCDate() === day && new Date(t).getUTCDay() === target);
  if (candidates.length === 0) return null;
  const best = candidates.reduce((a, b) => (Math.abs(b - ref.getTime()) < Math.abs(a - ref.getTime()) ? b : a));
  return isoDay(new Date(best));
}

/** The calendar dates of the body, with our direction for weekdays; clock times are read apart. */
function calendarDates(text: string, from: number, ref: Date, lang: string): TimeMention[] {
  const out: TimeMention[] = [];
  for (const r of localDates(text.slice(from), ref, lang)) {
    const start = from + r.index;
    if (isMorning(r.text, text.slice(Math.max(from, start - 8), start))) continue;
    const end = start + r.text.length;
    const via = ['recognizer/local-date', `lexicon/${lang}/time`];
    if (r.weekday !== null) {
      const bracket = BRACKETED_DAY.exec(text.slice(end, end + 6));
      const clause = text.slice(Math.max(from, start - 40), start);
      // A bracketed day that falls on another weekday is a slip of the text: the weekday alone decides.
      const dated = bracket ? bracketedDay(r.weekday, Number(bracket[1]), ref) : null;
      const day = dated ?? weekdayDay(r.weekday, ref, looksAhead(grammar(lang).future, clause));
      out.push(timeMention(text, start, bracket ? end + bracket[0].length : end, 'DATE', day, null, [...via, dated ? 'refiner/bracketed-day' : 'refiner/weekday-back'], 'dct'));
      continue;
    }
    const d = new Date(r.day);
    out.push(timeMention(text, start, end, 'DATE', r.grain === 'day' ? isoDay(d) : isoMonth(d), null, via, r.stated ? null : 'dct'));
  }
  return out;
}

/** Clock times, each on the day of the date right after it ("… del martes 29"), else of the last date before it, else of publication. */
function clockTimes(g: LocalTimeGrammar, text: string, from: number, ref: Date, dates: readonly TimeMention[], lang: string): TimeMention[] {
  const out: TimeMention[] = [];
  // "8 de la tarde" first: the clock pattern alone would read "8.30 de la tarde" as half past eight in the morning.
  const found: { m: RegExpExecArray; hour: number; minute: number }[] = [];
  for (const m of matchesFrom(g.clockPart, text, from)) {
    const part = g.lex.dayParts[m[4]!.toLowerCase().replace(/\s+/g, ' ')];
    const h = Number(m[2]);
    found.push({ m, hour: part === 'pm' && h < 12 ? h + 12 : part === 'am' && h === 12 ? 0 : h, minute: Number(m[3] ?? 0) });
  }
  for (const m of matchesFrom(g.clock, text, from)) {
    const at = m.index;
    if (!found.some((f) => f.m.index <= at && at < f.m.index + f.m[0].length)) found.push({ m, hour: Number(m[2]), minute: Number(m[3] ?? m[4] ?? 0) });
  }
  for (const { m, hour, minute } of found) {
    if (hour > 23 || minute > 59) continue;
    const numberAt = m.index + m[0].search(/\d/);
    const start = m[1] ? m.index : numberAt;
    const end = m.index + m[0].length;
    const zone = g.zone.exec(text.slice(end, end + 60));
    const after = zone ? end + zone[0].length : end;
    const next = dates.find((d) => d.start >= after && d.start - after <= TO_DATE_REACH && TO_DATE.test(text.slice(after, d.start)) && /^\d{4}-\d{2}-\d{2}$/.test(d.value));
    const before = [...dates].reverse().find((d) => d.end <= start && /^\d{4}-\d{2}-\d{2}$/.test(d.value));
    const day = next?.value ?? before?.value ?? isoDay(ref);
    const offset = zone ? zoneOffset(g.lex.zones[zone[1]!.toLowerCase().replace(/\s+/g, ' ')]!, day) : '';
    const anchor = next ? `narrative:${next.start}` : before ? `narrative:${before.start}` : 'dct';
    out.push(timeMention(text, start, end, 'TIME', `${day}T${pad(hour)}:${pad(minute)}${offset}`, m[1] ? 'APPROX' : null,
      ['recognizer/local-clock', `lexicon/${lang}/time`, ...(zone ? ['refiner/named-zone'] : [])], anchor));
  }
  return out;
}

/** "hace dos semanas", "há três dias": the day, week, month or year that far before publication, as English "two weeks ago". */
function agoDates(g: LocalTimeGrammar, text: string, from: number, ref: Date, lex: NumberLexicon, lang: string): TimeMention[] {
  const out: TimeMention[] = [];
  for (const m of matchesFrom(g.ago, text, from)) {
    const n = localValue(m[1]!, lex);
    const unit = g.lex.units[m[2]!.toLowerCase()]!;
    if (n === null || unit.startsWith('T') || unit === 'DE' || unit === 'CE') continue;
    const back = new Date(Date.UTC(ref.getUTCFullYear() - (unit === 'Y' ? n : 0), ref.getUTCMonth() - (unit === 'M' ? n : 0), ref.getUTCDate() - (unit === 'D' ? n : unit === 'W' ? WEEK_DAYS * n : 0)));
    const value = unit === 'D' ? isoDay(back) : unit === 'W' ? isoWeek(back) : unit === 'M' ? isoMonth(back) : String(back.getUTCFullYear());
    out.push(timeMention(text, m.index, m.index + m[0].length, 'DATE', value, null, ['recognizer/local-ago', `lexicon/${lang}/time`], 'dct'));
  }
  return out;
}

/** "esta semana", "el año pasado", "no próximo mês": publication's week, month or year, or the one before or after. */
function relativePeriods(g: LocalTimeGrammar, text: string, from: number, ref: Date, lang: string): TimeMention[] {
  const out: TimeMention[] = [];
  const shiftOf = (word: string) => (g.lex.relative.last.includes(word) ? -1 : g.lex.relative.next.includes(word) ? 1 : 0);
  for (const m of matchesFrom(g.relative, text, from)) {
    const period = g.lex.periods[(m[2] ?? m[3])!.toLowerCase()]!;
    const shift = shiftOf((m[1] ?? m[4])!.toLowerCase().replace(/\s+/g, ' '));
    const value = period === 'week' ? isoWeek(new Date(ref.getTime() + shift * WEEK_DAYS * DAY_MS))
      : period === 'month' ? isoMonth(new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + shift, 1)))
      : String(ref.getUTCFullYear() + shift);
    out.push(timeMention(text, m.index, m.index + m[0].length, 'DATE', value, null, ['recognizer/local-relative-period', `lexicon/${lang}/time`], 'dct'));
  }
  return out;
}

/**
 * The time mentions of a Spanish or Portuguese report body (from `from`), resolved against `ref`,
 * the publication time (no calendar dates without it, as in English).
 */
export function localTimes(text: string, from: number, ref: Date | null, lang: string): TimeMention[] {
  const g = grammar(lang);
  const dates = ref ? calendarDates(text, from, ref, lang) : [];
  const out: TimeMention[] = [...(ref ? clockTimes(g, text, from, ref, dates, lang) : [])];
  const free = (s: number, e: number) => !out.some((o) => o.start < e && s < o.end);
  for (const d of dates) if (free(d.start, d.end)) out.push(d);
  const numbers = localGrammar(lang);
  if (ref) out.push(...agoDates(g, text, from, ref, numbers.lex, lang).filter((t) => free(t.start, t.end)));
  if (ref) out.push(...relativePeriods(g, text, from, ref, lang).filter((t) => free(t.start, t.end)));
  for (const m of text.slice(from).matchAll(g.duration)) {
    const s = from + m.index!;
    const e = s + m[0].length;
    const n = localValue(m[1]!, numbers.lex);
    if (n === null || !free(s, e) || isAge(text, s, s + m[1]!.length)) continue;
    const unit = g.lex.units[m[2]!.toLowerCase()]!;
    out.push(timeMention(text, s, e, 'DURATION', unit.startsWith('T') ? `PT${n}${unit.slice(1)}` : `P${n}${unit}`, null, ['recognizer/local-duration', `lexicon/${lang}/time`], null));
  }
  for (const m of text.slice(from).matchAll(YEAR)) {
    const s = from + m.index!;
    const e = s + m[0].length;
    const next = /^\s+(\p{L}+)/u.exec(text.slice(e, e + 24))?.[1]?.toLowerCase();
    // "2000 personas" counts people; a year names no one's count.
    if (!free(s, e) || (next && numbers.heads[next])) continue;
    out.push(timeMention(text, s, e, 'DATE', m[0], null, ['recognizer/bare-year'], null));
  }
  return out.sort((a, b) => a.start - b.start);
}
