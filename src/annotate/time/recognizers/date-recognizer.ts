/**
 * The date grammar's readings (dates/date-grammar.ts) typed as TIMEX3 (type, value and granularity),
 * with the edge word before a month ("early March"), the article of a weekend, and weekdays, months
 * and weeks directed by the clause around them.
 */
import type { TimeMention } from '../../../model/mention.js';
import type { TimexMod } from '../../../model/timex.js';
import { DAY_PART, isoDay, isoMonth, isoWeek, pad } from '../calendar.js';
import { timeMention as mention } from '../mention.js';
import type { TimeRecognizer } from '../time-extractor.js';
import { directedMonth } from '../refiners/month-year-refiner.js';
import { directedWeekday, relativeWeek } from '../refiners/weekday-refiner.js';
import { weekOf } from '../refiners/week-of-refiner.js';
import { monthEdge } from '../refiners/month-edge-refiner.js';
import { mayMonths } from './may-recognizer.js';
import { SpanIndex } from '../../common/span-index.js';
import { readDates } from '../dates/date-grammar.js';
import type { Clock, DateReading } from '../dates/reading.js';

const MINUTE_MS = 60_000;
/** Characters before a date read for an edge word ("early " and the character before it). */
const EDGE_BEFORE = 7;
const EDGE = /(?<!\p{L})(mid-|early |late )$/iu;
const MODS: Readonly<Record<string, TimexMod>> = { 'mid-': 'MID', 'early ': 'START', 'late ': 'END' };
/** Characters before a weekend read for its article ("over the "). */
const ARTICLE_BEFORE = 9;
const ARTICLE = /\b(?:over )?the $/i;
const PART_OF = /^(?:morning|afternoon|evening|night) of /i;
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** "TODAY" in capitals is a programme's name. */
const SHOUTED = /^(?:TODAY|NOW)$/;

/** A clock time as TIMEX3: the local date and time, then the zone when the text states one. */
function clockValue(day: number, c: Clock): string {
  const zone = c.offset === null ? '' : c.offset === 0 ? 'Z' : `${c.offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(c.offset) / 60))}:${pad(Math.abs(c.offset) % 60)}`;
  const local = new Date(day + (c.hour * 60 + c.minute) * MINUTE_MS);
  return `${isoDay(local)}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}${zone}`;
}

/** One reading typed (TIMEX3 type, value, granularity), or null when it names no time; `from` is where the text read begins. */
function typed(r: DateReading, text: string, from: number): TimeMention | null {
  let start = from + r.index;
  const raw = r.text.replace(/[\s,.;:)]+$/, '');
  if (!raw || SHOUTED.test(raw)) return null;
  const end = start + raw.length;
  // "mid-", "early" and "late" belong to the span; before a month they set the TIMEX3 mod.
  const edge = EDGE.exec(text.slice(Math.max(0, start - EDGE_BEFORE), start));
  if (edge) start -= edge[1]!.length;
  const d = new Date(r.day);
  const anchor = r.stated ? null : 'dct';
  switch (r.grain) {
    case 'weekend': {
      // TimeML keeps the article ("ahead of the weekend"); "over the weekend" is kept whole, as the seeds' gold has it.
      const article = ARTICLE.exec(text.slice(Math.max(0, start - ARTICLE_BEFORE), start));
      return mention(text, start - (article?.[0].length ?? 0), end, 'DATE', `${isoWeek(d)}-WE`, null, 'recognizer/date-weekend', anchor);
    }
    case 'week': return mention(text, start, end, 'DATE', isoWeek(d), null, 'recognizer/date-week', anchor);
    // "this year" is the relative-year recognizer's; the grammar read it for the range it may begin.
    case 'year': return /\bago$/i.test(raw) ? mention(text, start, end, 'DATE', String(d.getUTCFullYear()), null, 'recognizer/date-ago', anchor) : null;
    case 'month': return mention(text, start, end, 'DATE', isoMonth(d), edge ? MODS[edge[1]!.toLowerCase()]! : null, 'recognizer/date-month', anchor);
    case 'day': break;
  }
  if (r.clock) return mention(text, start, end, 'TIME', clockValue(r.day, r.clock), null, 'recognizer/date-time', anchor);
  if (r.part) return mention(text, start, end, 'TIME', `${isoDay(d)}T${DAY_PART[r.part]}`, null, 'recognizer/date-part-of-day', anchor);
  return mention(text, start, end, 'DATE', isoDay(d), null, 'recognizer/date', anchor);
}

/**
 * One reading typed and directed by its clause (a range's end by the words before the range); "the
 * night of Oct. 23" is the date, directed alone, with the part of the day put on it.
 */
function directed(r: DateReading, text: string, from: number, ref: Date): TimeMention | null {
  const partOf = r.part ? PART_OF.exec(r.text) : null;
  if (partOf) {
    const day = directed({ ...r, index: r.index + partOf[0].length, text: r.text.slice(partOf[0].length), part: null }, text, from, ref);
    if (!day || !FULL_DAY.test(day.value)) return day;
    return mention(text, from + r.index, day.end, 'TIME', `${day.value}T${DAY_PART[r.part!]}`, null, 'recognizer/part-of-date', day.anchor);
  }
  const m = typed(r, text, from);
  if (!m) return null;
  const at = r.clauseAt === undefined ? m.start : from + r.clauseAt;
  return monthEdge(weekOf(relativeWeek(directedMonth(directedWeekday(m, text, ref, at), text, ref, at), ref), text), text);
}

/** The grammar's dates and times, with "May" where it reads none; a reading inside a longer one gives way to it. */
export const dateRecognizer: TimeRecognizer = {
  name: 'date',
  placement: 'defer',
  recognize({ text, from, body, ref }) {
    if (!ref) return [];
    const found: TimeMention[] = [];
    for (const r of readDates(body, ref)) {
      const m = directed(r, text, from, ref);
      if (m) found.push(m);
    }
    for (const p of mayMonths(text, from)) {
      if (found.some((c) => c.start < p.end && p.start < c.end)) continue;
      found.push(directedMonth(mention(text, p.start, p.end, 'DATE', `${ref.getUTCFullYear()}-05`, p.mod, p.via, 'dct'), text, ref));
    }
    found.sort((a, b) => a.start - b.start);
    // "the week" (read as "a week") inside "the week of March 3".
    const spans = new SpanIndex(found);
    return found.filter((m) => !spans.holdsLonger(m));
  },
};
