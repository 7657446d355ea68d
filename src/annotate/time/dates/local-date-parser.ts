/**
 * The calendar in Spanish and Portuguese, from `lexicon/<lang>/time.json`: a day of a month ("29 de
 * octubre", "4 de julho de 2024", "el 1º de noviembre"), with its weekday before it ("martes 29 de
 * octubre"); a weekday ("lunes", "quinta-feira", "el próximo martes"); "hoy", "ayer", "mañana",
 * "hoje", "ontem", "amanhã"; and, where the lexicon says so, a month alone ("en octubre", "octubre de
 * 2024"). The local time recognizer directs the weekdays and places the clock times.
 */
import { fromLexicons, lexicon } from '../../../lexicon/index.js';
import { alternation } from '../../common/phrases.js';
import { matchesFrom } from '../../common/extractor.js';
import { addDays, calendarDay, nearestYear, utcDay, weekdayDay } from './reading.js';

interface LocalDateWords {
  readonly months: Readonly<Record<string, number>>;
  /** Whether a month named alone is a date ("en octubre"); Portuguese news reads it so too rarely to risk it. */
  readonly monthAlone: boolean;
  readonly weekdays: Readonly<Record<string, number>>;
  readonly weekdayModifiers: Readonly<Record<string, 'this' | 'last' | 'next'>>;
  /** Days named from publication, by their distance from it ("ayer": -1). */
  readonly days: Readonly<Record<string, number>>;
}

/** A date read: where (in the text given), its words, its day (UTC midnight) and what was written. */
export interface LocalDate {
  readonly index: number;
  readonly text: string;
  readonly grain: 'day' | 'month';
  readonly day: number;
  readonly stated: boolean;
  /** The words are a weekday alone (0 Sunday; with no modifier): its direction is the recognizer's. */
  readonly weekday: number | null;
}

interface LocalDateGrammar {
  readonly words: LocalDateWords;
  /** groups: 1 weekday, 2 day, 3 month, 4 year. */
  readonly dayMonth: RegExp;
  /** groups: 1 modifier, 2 weekday. */
  readonly weekday: RegExp;
  readonly day: RegExp;
  /** groups: 1 month, 2 year. */
  readonly month: RegExp;
  /** A day written right before a month: the month is the day's. */
  readonly dayBefore: RegExp;
}

const L = '(?<![\\p{L}\\d])';
const R = '(?![\\p{L}\\d])';

function grammar(lang: string): LocalDateGrammar {
  return fromLexicons(`local-dates:${lang}`, () => {
    const words = lexicon<LocalDateWords>(`${lang}/time`);
    const month = alternation(Object.keys(words.months));
    const weekday = alternation(Object.keys(words.weekdays));
    const year = '(?:\\s*(?:de|del|,)?\\s*(\\d{4}))';
    return {
      words,
      dayMonth: new RegExp(`${L}(?:(${weekday}),?\\s+)?(\\d{1,2})(?:º|ª|°)?(?:\\s+de)?\\s+(${month})${year}?${R}`, 'giu'),
      weekday: new RegExp(`${L}(?:(${alternation(Object.keys(words.weekdayModifiers))})\\s+)?(${weekday})${R}`, 'giu'),
      day: new RegExp(`${L}(?:${alternation(Object.keys(words.days))})${R}`, 'giu'),
      month: new RegExp(`${L}(${month})${year}?${R}`, 'giu'),
      dayBefore: /\d(?:º|ª|°)?\s*(?:de\s*)?$/u,
    };
  });
}

/** The dates written in `text` (a report's body) in `lang`, read against `ref`, in text order; of overlapping ones the longest. */
export function localDates(text: string, ref: Date, lang: string): LocalDate[] {
  const g = grammar(lang);
  const refDay = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
  const found: LocalDate[] = [];
  for (const m of matchesFrom(g.dayMonth, text, 0)) {
    const day = Number(m[2]);
    const month = g.words.months[m[3]!.toLowerCase()]!;
    const year = m[4] ? Number(m[4]) : nearestYear(refDay, month, day);
    const at = calendarDay(year, month, day);
    if (at !== null) found.push({ index: m.index, text: m[0], grain: 'day', day: at, stated: Boolean(m[4]), weekday: null });
  }
  for (const m of matchesFrom(g.weekday, text, 0)) {
    const modifier = m[1] ? g.words.weekdayModifiers[m[1].toLowerCase()]! : null;
    const target = g.words.weekdays[m[2]!.toLowerCase()]!;
    found.push({ index: m.index, text: m[0], grain: 'day', day: weekdayDay(refDay, target, modifier), stated: false, weekday: modifier ? null : target });
  }
  for (const m of matchesFrom(g.day, text, 0)) {
    found.push({ index: m.index, text: m[0], grain: 'day', day: addDays(refDay, g.words.days[m[0].toLowerCase()]!), stated: true, weekday: null });
  }
  if (g.words.monthAlone) {
    for (const m of matchesFrom(g.month, text, 0)) {
      if (g.dayBefore.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
      const month = g.words.months[m[1]!.toLowerCase()]!;
      const year = m[2] ? Number(m[2]) : nearestYear(refDay, month, 1);
      found.push({ index: m.index, text: m[0], grain: 'month', day: utcDay(year, month, 1), stated: false, weekday: null });
    }
  }
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const out: LocalDate[] = [];
  for (const r of found) {
    const last = out[out.length - 1];
    if (!last || r.index >= last.index + last.text.length) out.push(r);
    else if (r.text.length > last.text.length) out[out.length - 1] = r;
  }
  return out;
}
