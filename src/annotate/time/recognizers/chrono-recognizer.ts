/**
 * chrono-node reads the date grammar (backward preference: forwardDate
 * false); this recognizer types each result (TIMEX3 type, value and
 * granularity), drops what chrono misreads (prices, lower-case months,
 * names), and directs weekdays, months and weeks by the clause around them.
 */
import * as chrono from 'chrono-node';
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

const NOT_A_TIME = /^(?:\d+(?:[.:]\d+)?\s*a|\d{1,2}\/\d{1,2}|\d{1,2}|[\d.,/ ]+(?: to [\d.,/ ]+)?)$/i;
/** A month name in lower case is a word ("may", "march"), not a date. */
const LOWER_MONTH = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/;
const PART_OF = /^(morning|afternoon|evening|night) of /i;
/** What a clock time is written with: a figure, or a word for a time of day. */
const CLOCK = /\d|\b(?:noon|midday|midnight|morning|afternoon|evening|night|tonight|hours?|minutes?)\b/i;
/** "Sun" and "Sat" alone are more often names (Sun Microsystems) than days; "now" is the present-ref recognizer's. */
const NOT_A_DAY = /^(?:now|(?:sun|sat|wed|mon|tue|thu|fri)\.?)$/i;
const MINUTE_MS = 60_000;
/** Characters before a date read for the edge word chrono leaves out ("early " and the character before it). */
const EDGE_BEFORE = 7;
const EDGE = /(?<!\p{L})(mid-|early |late )$/iu;
/** Characters before a weekend read for its article ("over the "). */
const ARTICLE_BEFORE = 9;
const ARTICLE = /\b(?:over )?the $/i;

/** One date chrono found: a whole result, or one end of a range; `clauseAt` is where the clause that directs it ends (a range's start). */
interface ChronoPart { readonly index: number; readonly text: string; readonly start: chrono.ParsedComponents; readonly clauseAt?: number }

const RANGE_LINK = /,?\s+(?:to|through|until|till)\s+|\s*[-–]\s*/i;

/**
 * A range ("Aug. 26 to Oct. 20", "today through Nov. 17") is two times in TimeML, each with its own value.
 * `at`: where the text chrono read begins in the body.
 */
function chronoParts(r: chrono.ParsedResult, at: number): ChronoPart[] {
  const index = at + r.index;
  const link = r.end ? RANGE_LINK.exec(r.text) : null;
  if (!r.end || !link) return [{ index, text: r.text, start: r.start }];
  const second = link.index + link[0].length;
  return [{ index, text: r.text.slice(0, link.index), start: r.start }, { index: index + second, text: r.text.slice(second), start: r.end, clauseAt: index }];
}

/**
 * chrono reads a long body this many characters at a time, cut at paragraph breaks: its end-of-period
 * refiner matches a pattern against all the text before each date it found, so one call over a whole
 * report costs the square of its length (an 800 KB report spent a second there). No date spans a
 * paragraph break, and a report shorter than this is read in one call.
 */
const CHRONO_BLOCK = 16_000;

/** A pattern that matches nothing: what a parser without its trigger words is handed. */
const NEVER = /(?!)/;

/**
 * `c` with its parser named `name` run only on a text `trigger` finds in: the parser's pattern must
 * hold one of the trigger's words, read with the same flags, so that elsewhere it would find nothing.
 */
function withTrigger(c: chrono.Chrono, name: string, trigger: RegExp): chrono.Chrono {
  const at = c.parsers.findIndex((p) => p.constructor.name === name);
  if (at < 0) throw new Error(`chrono-node has no parser ${name}: its configuration changed`);
  const parser = c.parsers[at]!;
  c.parsers[at] = { pattern: (ctx) => (trigger.test(ctx.text) ? parser.pattern(ctx) : NEVER), extract: (ctx, m) => parser.extract(ctx, m) };
  return c;
}

/**
 * chrono's casual English. Its "ago" parser tries every time unit at every position (about 1% of
 * `extract`) for a pattern that ends in "ago", "before" or "earlier" (case-insensitive, ASCII): it
 * runs only on text holding one of them, half the TempEval documents.
 */
const CHRONO = withTrigger(chrono.casual.clone(), 'ENTimeUnitAgoFormatParser', /ago|before|earlier/i);

/** chrono's reading of `text` in UTC, looking back from `ref` (news reports what has happened). */
function parseChrono(text: string, ref: Date): chrono.ParsedResult[] {
  return CHRONO.parse(text, { instant: ref, timezone: 'UTC' }, { forwardDate: false });
}

/** chrono's dates in `body`, as parts whose index is into `body`. */
function chronoDates(body: string, ref: Date): ChronoPart[] {
  const parts: ChronoPart[] = [];
  for (let at = 0; at < body.length;) {
    let end = body.length;
    if (at + CHRONO_BLOCK < body.length) {
      const before = body.lastIndexOf('\n\n', at + CHRONO_BLOCK);
      const after = body.indexOf('\n\n', at + CHRONO_BLOCK);
      end = before > at ? before : after < 0 ? body.length : after;
    }
    for (const r of parseChrono(body.slice(at, end), ref)) parts.push(...chronoParts(r, at));
    at = end;
  }
  return parts;
}

/** The words chrono read (from `start`), without a leading preposition or trailing punctuation; null when they name no time. */
function chronoWords(r: ChronoPart, offset: number): { start: number; raw: string } | null {
  let start = offset + r.index;
  let raw = r.text;
  const lead = /^(on|at|in|during|by|since|until|from) /i.exec(raw);
  if (lead && !/^over the weekend/i.test(raw)) { start += lead[0].length; raw = raw.slice(lead[0].length); }
  raw = raw.replace(/[\s,.;:)]+$/, '');
  // A closing bracket ends the words of a time given in an aside ("12:50 local time (06:20 GMT) on Friday"):
  // its value keeps the day chrono read after it.
  const aside = raw.indexOf(')');
  if (aside > 0) raw = raw.slice(0, aside).trimEnd();
  if (!raw || /^(now|today)$/i.test(raw) && raw === raw.toUpperCase() && raw.length > 2) return null;
  // Prices and figures chrono reads as clock times or dates: "$2.50 a share", "up 7/8", "rose 20", "12 3/4", "3 to 20".
  if (NOT_A_TIME.test(raw)) return null;
  // A unit in the plural names no one date: chrono reads "in the weeks ahead" as a week from now.
  if (/^(?:the )?(?:days|weeks|months|years)$/i.test(raw)) return null;
  if (LOWER_MONTH.test(raw) && !r.start.isCertain('weekday') && !r.start.isCertain('hour')) return null;
  return { start, raw };
}

/**
 * Figures chrono reads as the hour of a date, which then stands alone: a count after a weekday's comma ("On Saturday,
 * 21 members …"), a number that goes on ("after Jan. 1, 1990 at 2,310 kronor"), a price before it ("fell 6.43, on Friday").
 * The date without the figure, or null when chrono's words hold no such figure.
 */
function dateBesideFigure(r: ChronoPart, text: string, start: number, raw: string): TimeMention | null {
  const counted = /^((?:mon|tues|wednes|thurs|fri|satur|sun)day),\s+\d{1,2}$/i.exec(raw)
    ?? (/^[,.]\d/.test(text.slice(start + raw.length)) ? /^(.+?)(?:,?\s+at)?\s+\d{1,2}$/.exec(raw) : null);
  const priced = r.start.isCertain('hour') && !/[ap]\.?m\b/i.test(raw) ? /^\d+\.\d+,?\s+(?:on\s+)?/.exec(raw) : null;
  if (!counted && !priced) return null;
  const at = start + (priced?.[0].length ?? 0);
  const full = r.start.isCertain('day') && r.start.isCertain('month') && r.start.isCertain('year');
  return mention(text, at, counted ? at + counted[1]!.length : start + raw.length, 'DATE', isoDay(r.start.date()), null, 'recognizer/chrono-date', full ? null : 'dct');
}

/** A clock time chrono read as TIMEX3: the local date and time, then the zone when the text states one. */
function clockValue(s: chrono.ParsedComponents): string {
  const off = s.get('timezoneOffset');
  const zone = off === null || off === undefined ? '' : off === 0 ? 'Z' : `${off < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
  const local = new Date(s.date().getTime() + (off ?? 0) * MINUTE_MS);
  return `${isoDay(local)}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}${zone}`;
}

/** A date or time chrono read, typed (TIMEX3 type, value, granularity), or null when it is none. */
function fromChrono(r: ChronoPart, text: string, offset: number): TimeMention | null {
  const words = chronoWords(r, offset);
  if (!words) return null;
  const { raw } = words;
  let { start } = words;
  const beside = dateBesideFigure(r, text, start, raw);
  if (beside) return beside;
  const end = start + raw.length;
  // chrono leaves out "mid-", "early" and "late": they belong to the span and set the TIMEX3 mod.
  const edge = EDGE.exec(text.slice(Math.max(0, start - EDGE_BEFORE), start));
  const mod: TimexMod | null = edge ? ({ 'mid-': 'MID', 'early ': 'START', 'late ': 'END' } as const)[edge[1]!.toLowerCase() as 'mid-'] ?? null : null;
  if (edge) start -= edge[1]!.length;
  const s = r.start;
  const d = s.date();
  const y = d.getUTCFullYear();
  const ymd = isoDay(d);
  const lower = raw.toLowerCase();
  const anchor = s.isCertain('day') && s.isCertain('month') && s.isCertain('year') ? null : 'dct';
  if (/\bweekend\b/.test(lower)) {
    // TimeML keeps the article ("ahead of the weekend"); "over the weekend" is kept whole, as the seeds' gold has it.
    const article = ARTICLE.exec(text.slice(Math.max(0, start - ARTICLE_BEFORE), start));
    return mention(text, start - (article?.[0].length ?? 0), end, 'DATE', `${isoWeek(d)}-WE`, null, 'recognizer/chrono-weekend', anchor);
  }
  // "six weeks ago" names a week, as "two years ago" names a year.
  if (/\bweek\b|\bweeks ago\b/.test(lower)) return mention(text, start, end, 'DATE', isoWeek(d), null, 'recognizer/chrono-week', anchor);
  if (/\byears? ago\b/.test(lower)) return mention(text, start, end, 'DATE', String(y), null, 'recognizer/chrono-ago', anchor);
  const part = /\b(morning|afternoon|evening|night)\b/.exec(lower)?.[1];
  if (s.isCertain('hour')) {
    // chrono reads a clock time into words that name none: "in the SEC case", "cut in half and".
    if (!CLOCK.test(raw)) return null;
    return mention(text, start, end, 'TIME', clockValue(s), null, 'recognizer/chrono-time', anchor);
  }
  if (part) return mention(text, start, end, 'TIME', `${ymd}T${DAY_PART[part]}`, null, 'recognizer/chrono-part-of-day', anchor);
  if (!s.isCertain('day') && s.isCertain('month')) {
    return mention(text, start, end, 'DATE', isoMonth(d), mod, 'recognizer/chrono-month', anchor);
  }
  if (!s.isCertain('day') && !s.isCertain('weekday')) return null;
  return mention(text, start, end, 'DATE', ymd, null, 'recognizer/chrono-date', anchor);
}

/** chrono's reading of one part, directed by its clause; "the night of Oct. 23" is read as the date with the part of day put on it. */
function readPart(r: ChronoPart, text: string, from: number, ref: Date): TimeMention | null {
  // chrono loses the date of "the night of Oct. 23", so the date is read alone.
  const partOf = PART_OF.exec(r.text);
  const inner = partOf && !r.start.isCertain('day') ? parseChrono(r.text.slice(partOf[0].length), ref)[0] : undefined;
  const m = fromChrono(inner ? { index: r.index + partOf![0].length + inner.index, text: inner.text, start: inner.start } : r, text, from);
  if (!m) return null;
  // The link word before a range's end ("through August") says nothing of its direction; the words before the range do.
  const at = r.clauseAt === undefined ? m.start : from + r.clauseAt;
  const day = monthEdge(weekOf(relativeWeek(directedMonth(directedWeekday(m, text, ref, at), text, ref, at), ref), text), text);
  return inner && /^\d{4}-\d{2}-\d{2}$/.test(day.value)
    ? mention(text, from + r.index, day.end, 'TIME', `${day.value}T${DAY_PART[partOf![1]!.toLowerCase()]}`, null, 'recognizer/part-of-date', day.anchor)
    : day;
}

/** chrono's dates and times, with "May" where chrono reads none; a reading inside a longer one gives way to it. */
export const chronoRecognizer: TimeRecognizer = {
  name: 'chrono',
  placement: 'defer',
  recognize({ text, from, body, ref }) {
    if (!ref) return [];
    const found: TimeMention[] = [];
    for (const r of chronoDates(body, ref)) {
      const m = readPart(r, text, from, ref);
      if (m) found.push(m);
    }
    for (const p of mayMonths(text, from)) {
      if (found.some((c) => c.start < p.end && p.start < c.end)) continue;
      found.push(directedMonth(mention(text, p.start, p.end, 'DATE', `${ref.getUTCFullYear()}-05`, p.mod, p.via, 'dct'), text, ref));
    }
    found.sort((a, b) => a.start - b.start);
    // "the week" (read as "a week") inside "the week of March 3".
    const spans = new SpanIndex(found);
    return found.filter((m) => !spans.holdsLonger(m) && !NOT_A_DAY.test(m.text));
  },
};
