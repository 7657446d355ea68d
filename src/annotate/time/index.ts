/**
 * Time mentions as TIMEX3: chrono-node parses the date grammar (backward
 * preference: forwardDate false); our code types the result, sets its
 * granularity, and adds durations, sets, bare years and anaphora.
 */
import * as chrono from 'chrono-node';
import type { Doc } from '../../model/doc.js';
import { need } from '../../model/doc.js';
import type { TimeMention } from '../../model/mention.js';
import { timexValue, type TimexMod, type TimexType } from '../../model/timex.js';
import type { Context } from '../../core/context.js';
import { defineStage } from '../../core/stage.js';
import { clauseDirection } from './tense-refiner.js';
import { comparisonPeriods } from './comparison-period-recognizer.js';
import { seasons } from './season-recognizer.js';
import { directedMonth } from './month-year-refiner.js';
import { decades } from './decade-recognizer.js';
import { quarters } from './quarter-recognizer.js';
import { yearPeriods } from './year-period-recognizer.js';
import { vagueRefs } from './vague-ref-recognizer.js';
import { spokenYears } from './spoken-year-recognizer.js';
import { holidays } from './holiday-recognizer.js';
import { monthsOfRelativeYear } from './month-of-relative-year-recognizer.js';
import { mayMonths } from './may-recognizer.js';
import { sets } from './set-recognizer.js';
import { rates } from './rate-recognizer.js';
import { isoWeek, pad } from './calendar.js';
import { EVENT_AFTER, eventOffsets } from './event-offset-refiner.js';
import { weekOf } from './week-of-refiner.js';
import { monthEdge } from './month-edge-refiner.js';
import { edgeWord } from './edge-word-refiner.js';
import { dayParts } from './day-part-refiner.js';
import { localTimes } from './local-time-recognizer.js';
import { readingLanguage } from '../common/language.js';
import { SpanIndex } from '../common/span-index.js';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, a: 1, an: 1,
};
const UNIT: Record<string, string> = { minute: 'TM', hour: 'TH', day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'DE', centurie: 'CE', century: 'CE' };
// "three days later": TimeML marks the amount as a DURATION and leaves the signal word out; "two years ago" is a DATE, and so
// is a single unit before a signal ("a day earlier", "a week later"), which names the day or week it points to, unless it
// counts from an event the text names ("a month after the mill cut wages": the length between the two) or is an
// hour or a minute (publication has no clock time to count from). "two more weeks", "an additional year" are the added
// amount. An age ("52 years old", "a 5-year-old") is not a time.
const DURATION = /\b(?:(nearly|almost|about|more than|at least|over) )?(\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|an|a|a couple of|couple of|a few|several|few)( 1\/2|½| and a half)?(?: more| additional| extra)?[- ](minute|hour|day|week|month|year|decade)s?( and a half)?\b(?! ago| from now|-old| old\b)/gi;
/** Half of each unit in the next smaller one ("2 1/2 years" is P2Y6M); half a week or a decade is written as a decimal (P2.5W). */
const HALF: Record<string, string> = { Y: '6M', M: '15D', D: 'T12H', TH: '30M', TM: '30S' };
const SIGNAL_AFTER = /^ (?:earlier|later|before|after)\b/i;
const PLACED = /\bthe (?:(?:past|last|next|coming|previous|following|first|latest) )?$/i;
const DURATION_MOD: Record<string, TimexMod> = { nearly: 'EQUAL_OR_LESS', almost: 'EQUAL_OR_LESS', about: 'APPROX', 'more than': 'MORE_THAN', 'at least': 'EQUAL_OR_MORE', over: 'MORE_THAN' };
const RELATIVE_YEAR = /\b(?:the (?=past ))?(last|this|next|past|coming) (year|month)\b/gi;
const PRESENT = /\b(now|currently|at present|nowadays)\b/gi;
const WEEKDAY = /^(?:(?:last|this|next|on) )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const YEAR = /(?<![\d,.$-])(?:(early|late|mid-|mid) ?)?((?:1[5-9]|20)\d{2})(?![\d%-]|[,.]\d|s\b| (?:people|percent|members|troops|residents|workers|votes|shares|miles|acres|tons|dollars))/g;
const EDGE_MOD: Record<string, TimexMod> = { early: 'START', mid: 'MID', late: 'END' };
const CENTURY = /\b(\d{1,2})(?:st|nd|rd|th)[- ]century\b/gi;
/** An unspecified number of a unit after "for", "in" or "within": "for decades", "within weeks" (PXDE, PXW). */
const DECADES = /\b(?:for|in|within) (decades|years|centuries|months|weeks|days)\b|\bcenturies-old\b/gi;
const VAGUE_UNIT: Record<string, string> = { decade: 'DE', centur: 'CE', year: 'Y', month: 'M', week: 'W', day: 'D' };
const ANAPHORA = /\b[Tt]hat (morning|afternoon|evening|night|day)\b/g;
const NOT_A_TIME = /^(?:\d+(?:[.:]\d+)?\s*a|\d{1,2}\/\d{1,2}|\d{1,2}|[\d.,/ ]+(?: to [\d.,/ ]+)?)$/i;
/** A month name in lower case is a word ("may", "march"), not a date. */
const LOWER_MONTH = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/;
const PART: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
const PART_OF = /^(morning|afternoon|evening|night) of /i;
/** What a clock time is written with: a figure, or a word for a time of day. */
const CLOCK = /\d|\b(?:noon|midday|midnight|morning|afternoon|evening|night|tonight|hours?|minutes?)\b/i;

/** A word of time capitalised inside a sentence makes a name: the programmes "This Week" and "60 Minutes", "High Noon", "VOA Today". */
const TITLE_WORD = /(?<=(.)\s*)\b(?:Week|Weekend|Minutes?|Hours?|Noon|Today|Tonight|Tomorrow|Morning|Afternoon|Evening|Night|Days?|Months?|Years?)\b/gu;

/** A time read by chrono or as a duration whose word of time is capitalised where a sentence does not begin (holidays keep theirs). */
function isTitle(t: TimeMention, text: string): boolean {
  if (!/^recognizer\/(?:chrono|duration)/.test(t.via[0] ?? '')) return false;
  const around = text.slice(Math.max(0, t.start - 3), t.end);
  TITLE_WORD.lastIndex = Math.min(3, t.start);
  for (let m = TITLE_WORD.exec(around); m; m = TITLE_WORD.exec(around)) if (!/[.!?"“'‘(\n]/.test(m[1]!)) return true;
  return false;
}

function refDate(doc: Doc, ctx: Context): Date | null {
  const p = doc.report.meta.published ?? ctx.options.defaultPublished;
  if (!p) return null;
  const d = new Date(/^\d{4}-\d{2}$/.test(p) ? `${p}-15T12:00:00Z` : p.length === 10 ? `${p}T12:00:00Z` : p);
  return Number.isNaN(d.getTime()) ? null : d;
}

function mention(text: string, start: number, end: number, type: TimexType, value: string, mod: TimexMod | null, via: string, anchor: string | null): TimeMention {
  return { kind: 'time', start, end, text: text.slice(start, end), type, value: timexValue(value), mod, certainty: anchor ? 'implied' : 'stated', anchor, via: [via] };
}

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
    for (const r of chrono.casual.parse(body.slice(at, end), { instant: ref, timezone: 'UTC' }, { forwardDate: false })) parts.push(...chronoParts(r, at));
    at = end;
  }
  return parts;
}

function fromChrono(r: ChronoPart, text: string, offset: number): TimeMention | null {
  let start = offset + r.index;
  let raw = r.text;
  const lead = /^(on|at|in|during|by|since|until|from) /i.exec(raw);
  if (lead && !/^over the weekend/i.test(raw)) { start += lead[0].length; raw = raw.slice(lead[0].length); }
  raw = raw.replace(/[\s,.;:)]+$/, '');
  if (!raw || /^(now|today)$/i.test(raw) && raw === raw.toUpperCase() && raw.length > 2) return null;
  // Prices and figures chrono reads as clock times or dates: "$2.50 a share", "up 7/8", "rose 20", "12 3/4", "3 to 20".
  if (NOT_A_TIME.test(raw)) return null;
  // A unit in the plural names no one date: chrono reads "in the weeks ahead" as a week from now.
  if (/^(?:the )?(?:days|weeks|months|years)$/i.test(raw)) return null;
  if (LOWER_MONTH.test(raw) && !r.start.isCertain('weekday') && !r.start.isCertain('hour')) return null;
  // Figures chrono reads as the hour of a date, which then stands alone: a count after a weekday's comma ("On Saturday,
  // 21 members …"), a number that goes on ("after Jan. 1, 1990 at 2,310 kronor"), a price before it ("fell 6.43, on Friday").
  const counted = /^((?:mon|tues|wednes|thurs|fri|satur|sun)day),\s+\d{1,2}$/i.exec(raw)
    ?? (/^[,.]\d/.test(text.slice(start + raw.length)) ? /^(.+?)(?:,?\s+at)?\s+\d{1,2}$/.exec(raw) : null);
  const priced = r.start.isCertain('hour') && !/[ap]\.?m\b/i.test(raw) ? /^\d+\.\d+,?\s+(?:on\s+)?/.exec(raw) : null;
  if (counted || priced) {
    const d = r.start.date();
    const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    const at = start + (priced?.[0].length ?? 0);
    const full = r.start.isCertain('day') && r.start.isCertain('month') && r.start.isCertain('year');
    return mention(text, at, counted ? at + counted[1]!.length : start + raw.length, 'DATE', day, null, 'recognizer/chrono-date', full ? null : 'dct');
  }
  const end = start + raw.length;
  // chrono leaves out "mid-", "early" and "late": they belong to the span and set the TIMEX3 mod.
  const edge = /(?<!\p{L})(mid-|early |late )$/iu.exec(text.slice(Math.max(0, start - 7), start));
  const mod: TimexMod | null = edge ? ({ 'mid-': 'MID', 'early ': 'START', 'late ': 'END' } as const)[edge[1]!.toLowerCase() as 'mid-'] ?? null : null;
  if (edge) start -= edge[1]!.length;
  const s = r.start;
  const d = s.date();
  const y = d.getUTCFullYear();
  const ymd = `${y}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const lower = raw.toLowerCase();
  const anchor = s.isCertain('day') && s.isCertain('month') && s.isCertain('year') ? null : 'dct';
  if (/\bweekend\b/.test(lower)) {
    // TimeML keeps the article ("ahead of the weekend"); "over the weekend" is kept whole, as the seeds' gold has it.
    const article = /\b(?:over )?the $/i.exec(text.slice(Math.max(0, start - 9), start));
    return mention(text, start - (article?.[0].length ?? 0), end, 'DATE', `${isoWeek(d)}-WE`, null, 'recognizer/chrono-weekend', anchor);
  }
  // "six weeks ago" names a week, as "two years ago" names a year.
  if (/\bweek\b|\bweeks ago\b/.test(lower)) return mention(text, start, end, 'DATE', isoWeek(d), null, 'recognizer/chrono-week', anchor);
  if (/\byears? ago\b/.test(lower)) return mention(text, start, end, 'DATE', String(y), null, 'recognizer/chrono-ago', anchor);
  const part = /\b(morning|afternoon|evening|night)\b/.exec(lower)?.[1];
  if (s.isCertain('hour')) {
    // chrono reads a clock time into words that name none: "in the SEC case", "cut in half and".
    if (!CLOCK.test(raw)) return null;
    const off = s.get('timezoneOffset');
    const zone = off === null || off === undefined ? '' : off === 0 ? 'Z' : `${off < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
    const local = new Date(d.getTime() + (off ?? 0) * 60000);
    const v = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}${zone}`;
    return mention(text, start, end, 'TIME', v, null, 'recognizer/chrono-time', anchor);
  }
  if (part) return mention(text, start, end, 'TIME', `${ymd}T${PART[part]}`, null, 'recognizer/chrono-part-of-day', anchor);
  if (!s.isCertain('day') && s.isCertain('month')) {
    return mention(text, start, end, 'DATE', `${y}-${pad(d.getUTCMonth() + 1)}`, mod, 'recognizer/chrono-month', anchor);
  }
  if (!s.isCertain('day') && !s.isCertain('weekday')) return null;
  return mention(text, start, end, 'DATE', ymd, null, 'recognizer/chrono-date', anchor);
}

/**
 * A weekday named alone means the latest such day on or before publication (news looks back), unless
 * its clause looks ahead ("will meet on Thursday") or it says "next"; a possessive ("Tuesday's ruling")
 * names something that has happened. chrono picks the nearest either way.
 */
function directedWeekday(m: TimeMention, text: string, ref: Date, clauseAt = m.start): TimeMention {
  const w = WEEKDAY.exec(m.text.trim());
  if (!w || !/^\d{4}-\d{2}-\d{2}/.test(m.value)) return m;
  const target = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].indexOf(w[1]!.toLowerCase());
  const refDay = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate());
  const dow = new Date(refDay).getUTCDay();
  const possessive = /^['’]s\b/.test(text.slice(m.end, m.end + 3));
  const modifier = /^(last|next|this) /i.exec(m.text)?.[1]?.toLowerCase();
  const future = modifier === 'next' || (!modifier && !possessive && clauseDirection(text, clauseAt, 'weekday', m.end) === 'future');
  const ahead = (target - dow + 7) % 7;
  // "will appear on Monday" in a Monday's paper is that day; "next Monday" is a week on.
  const shift = future ? (ahead || (modifier === 'next' ? 7 : 0)) : modifier === 'last' ? -(((dow - target + 7) % 7) || 7) : -((dow - target + 7) % 7);
  const day = new Date(refDay + shift * 86400000);
  const ymd = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
  return { ...m, value: timexValue(ymd + m.value.slice(10)), via: [...m.via, future ? 'refiner/weekday-ahead' : 'refiner/weekday-back'] };
}

const RELATIVE_WEEK = /\b(this|last|past|next|coming) week\b/i;

/** "this week" is publication's ISO week, "last week" the one before, "next week" the one after (chrono's are off). */
function relativeWeek(m: TimeMention, ref: Date): TimeMention {
  const w = RELATIVE_WEEK.exec(m.text);
  if (!w || !/-W\d{2}$/.test(m.value)) return m;
  const shift = { this: 0, last: -7, past: -7, next: 7, coming: 7 }[w[1]!.toLowerCase() as 'this'];
  return { ...m, value: timexValue(isoWeek(new Date(ref.getTime() + shift * 86400000))), via: [...m.via, 'refiner/relative-week'] };
}

export function extractTimes(doc: Doc, ctx: Context): TimeMention[] {
  const text = need(doc, 'clean').text;
  const ref = refDate(doc, ctx);
  // Spanish and Portuguese have their own grammar; a language crosscheck does not read gets no times.
  const lang = readingLanguage(doc);
  if (lang !== 'en') return lang ? localTimes(text, doc.report.bodyStart, ref, lang) : [];
  const out: TimeMention[] = [];
  const from = doc.report.bodyStart;
  const body = text.slice(from);
  const chronoFound: TimeMention[] = [];
  if (ref) {
    for (const r of chronoDates(body, ref)) {
      // "the night of Oct. 23": chrono loses the date, so it is read alone and the part of day put on it.
      const partOf = PART_OF.exec(r.text);
      const inner = partOf && !r.start.isCertain('day') ? chrono.casual.parse(r.text.slice(partOf[0].length), { instant: ref, timezone: 'UTC' }, { forwardDate: false })[0] : undefined;
      const m = fromChrono(inner ? { index: r.index + partOf![0].length + inner.index, text: inner.text, start: inner.start } : r, text, from);
      if (!m) continue;
      // The link word before a range's end ("through August") says nothing of its direction; the words before the range do.
      const at = r.clauseAt === undefined ? m.start : from + r.clauseAt;
      const day = monthEdge(weekOf(relativeWeek(directedMonth(directedWeekday(m, text, ref, at), text, ref, at), ref), text), text);
      chronoFound.push(inner && /^\d{4}-\d{2}-\d{2}$/.test(day.value)
        ? mention(text, from + r.index, day.end, 'TIME', `${day.value}T${PART[partOf![1]!.toLowerCase()]}`, null, 'recognizer/part-of-date', day.anchor)
        : day);
    }
    for (const p of mayMonths(text, from)) {
      if (chronoFound.some((c) => c.start < p.end && p.start < c.end)) continue;
      chronoFound.push(directedMonth(mention(text, p.start, p.end, 'DATE', `${ref.getUTCFullYear()}-05`, p.mod, p.via, 'dct'), text, ref));
    }
    chronoFound.sort((a, b) => a.start - b.start);
    // A reading inside a longer one gives way to it: "the week" (read as "a week") inside "the week of March 3".
    const found = new SpanIndex(chronoFound);
    for (let i = chronoFound.length - 1; i >= 0; i--) if (found.holdsLonger(chronoFound[i]!)) chronoFound.splice(i, 1);
  }
  const add = (re: RegExp, f: (m: RegExpExecArray) => TimeMention | null) => {
    re.lastIndex = 0;
    const earlier = new SpanIndex(out);
    // Matches come in text order, each mention ending past the ones added before it: one that starts
    // before the furthest end added so far overlaps it.
    let reach = -Infinity;
    let m: RegExpExecArray | null;
    while ((m = re.exec(body))) {
      const t = f(m);
      if (t && t.start >= reach && !earlier.overlaps(t.start, t.end)) {
        out.push(t);
        reach = Math.max(reach, t.end);
      }
    }
  };
  // A rate ("$2 million a year", "24 hours a day") is read before the durations inside it.
  for (const r of rates(text, from)) {
    const set = mention(text, r.start, r.end, 'SET', r.value, r.mod, r.via, null);
    out.push(r.freq ? { ...set, freq: r.freq } : set);
  }
  add(DURATION, (m) => {
    const word = m[2]!.toLowerCase().replace(/^a hundred$/, 'hundred');
    const half = Boolean(m[3] ?? m[5]);
    const after = body.slice(m.index + m[0].length, m.index + m[0].length + 12);
    const signal = SIGNAL_AFTER.exec(after);
    const fromEvent = /^ (?:before|after)$/i.test(signal?.[0] ?? '') && EVENT_AFTER.test(after.slice(signal![0].length));
    if (!half && /^(?:an?|one)$/.test(word) && signal && !fromEvent && !/^(?:hour|minute)$/i.test(m[4]!)) return null;
    const n = /^\d+$/.test(word) ? String(Number(word)) : /couple of$/.test(word) ? '2' : /few|several/.test(word) ? 'X'
      : String(word.split(/[- ]/).reduce((sum, w) => sum + (NUMBER_WORDS[w] ?? 0), 0) || 1);
    const u = UNIT[m[4]!.toLowerCase()]!;
    const rest = half && n !== 'X' ? HALF[u] : undefined;
    const amount = half && n !== 'X' && !rest ? `${n}.5` : n;
    const v = u.startsWith('T') ? `PT${amount}${u.slice(1)}${rest ?? ''}` : `P${amount}${u}${rest ?? ''}`;
    const mod = DURATION_MOD[(m[1] ?? '').toLowerCase()] ?? (/couple of$/.test(word) ? 'APPROX' : null);
    // TimeML keeps the words that place the span, "the past three months", "the first nine months", but not before a
    // modifier ("the 14-day halt").
    const placed = /-/.test(m[0]) ? 0 : PLACED.exec(body.slice(Math.max(0, m.index - 20), m.index))?.[0].length ?? 0;
    return mention(text, from + m.index - placed, from + m.index + m[0].length, 'DURATION', v, mod, 'recognizer/duration', null);
  });
  const beforeChrono = new SpanIndex(out);
  // chronoFound is sorted by start: one that starts before the furthest end pushed so far overlaps it.
  let reach = -Infinity;
  for (const c of chronoFound) {
    // "Sun" and "Sat" alone are more often names (Sun Microsystems) than days; "now" is PRESENT_REF, added below.
    if (c.start < reach || beforeChrono.overlaps(c.start, c.end) || /^now$/i.test(c.text) || /^(sun|sat|wed|mon|tue|thu|fri)\.?$/i.test(c.text)) continue;
    out.push(c);
    reach = Math.max(reach, c.end);
  }
  for (const p of sets(text, from)) {
    // "each Thursday" names no one Thursday: the set replaces the date read inside it.
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start >= p.start && out[i]!.end <= p.end) out.splice(i, 1);
    if (!out.some((o) => o.start < p.end && p.start < o.end)) out.push(mention(text, p.start, p.end, 'SET', p.value, null, p.via, null));
  }
  // "early 1997", "mid-1996": the edge word belongs to the span and sets the mod.
  add(YEAR, (m) => mention(text, from + m.index, from + m.index + m[0].length, 'DATE', m[2]!, m[1] ? EDGE_MOD[m[1].toLowerCase().replace('-', '')]! : null, 'recognizer/bare-year', null));
  if (ref) {
    add(RELATIVE_YEAR, (m) => {
      const shift = { last: -1, past: -1, this: 0, next: 1, coming: 1 }[m[1]!.toLowerCase() as 'last']!;
      const d = new Date(Date.UTC(ref.getUTCFullYear() + (m[2]!.toLowerCase() === 'year' ? shift : 0), ref.getUTCMonth() + (m[2]!.toLowerCase() === 'month' ? shift : 0), 1));
      const v = m[2]!.toLowerCase() === 'year' ? String(d.getUTCFullYear()) : `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
      return mention(text, from + m.index, from + m.index + m[0].length, 'DATE', v, null, 'recognizer/relative-year', 'dct');
    });
  }
  if (ref) {
    // A quarter with its year overrides the year read alone ("the 1988 second quarter", "next year's first quarter").
    for (const p of quarters(text, from, ref)) {
      for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start < p.end && p.start < out[i]!.end) out.splice(i, 1);
      out.push(mention(text, p.start, p.end, 'DATE', p.value, null, p.via, 'dct'));
    }
    out.sort((a, b) => a.start - b.start);
  }
  if (ref) {
    // A comparison period overrides what chrono made of its words ("a year ago" as a bare year).
    const named = out.filter((o) => o.via.includes('recognizer/quarter'));
    for (const p of comparisonPeriods(text, from, named, ref)) {
      // "year-ago" inside "the year-ago third quarter" is already read with its quarter.
      if (named.some((o) => o.start <= p.start && p.end <= o.end && o.end - o.start > p.end - p.start)) continue;
      for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start < p.end && p.start < out[i]!.end) out.splice(i, 1);
      out.push(mention(text, p.start, p.end, 'DATE', p.value, null, p.via, 'dct'));
    }
  }
  if (ref) {
    for (const p of [...seasons(text, from, ref), ...holidays(text, from, ref), ...monthsOfRelativeYear(text, from, ref)]) {
      for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start < p.end && p.start < out[i]!.end) out.splice(i, 1);
      out.push(mention(text, p.start, p.end, 'DATE', p.value, null, p.via, 'dct'));
    }
  }
  for (const p of decades(text, from, ref?.getUTCFullYear() ?? null)) {
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start < p.end && p.start < out[i]!.end) out.splice(i, 1);
    out.push(mention(text, p.start, p.end, 'DATE', p.value, p.mod, p.via, null));
  }
  if (ref) {
    // These override chrono's reading of "in the year" as a day.
    out.sort((a, b) => a.start - b.start);
    const named = out.filter((o) => o.type === 'DATE' && o.anchor === null);
    for (const p of yearPeriods(text, from, ref.getUTCFullYear(), named)) {
      for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start < p.end && p.start < out[i]!.end) out.splice(i, 1);
      out.push(mention(text, p.start, p.end, p.type, p.value, p.mod, p.via, p.anchor));
    }
  }
  for (const p of spokenYears(text, from)) {
    // A month or season right before the year takes it: "January nineteen ninety-seven", "the winter of nineteen ninety-four".
    const head = out.find((o) => o.end <= p.start && /^,? (?:of )?$/.test(text.slice(o.end, p.start)) && /^\d{4}-(?:\d{2}|SP|SU|FA|WI)$/.test(o.value));
    for (let i = out.length - 1; i >= 0; i--) if ((out[i]!.start < p.end && p.start < out[i]!.end) || out[i] === head) out.splice(i, 1);
    out.push(head ? mention(text, head.start, p.end, 'DATE', `${p.value}${head.value.slice(4)}`, head.mod, p.via, null)
      : mention(text, p.start, p.end, 'DATE', p.value, null, p.via, null));
  }
  for (const v of vagueRefs(text, from)) {
    if (!out.some((o) => o.start < v.end && v.start < o.end)) out.push(mention(text, v.start, v.end, v.type, v.value, null, v.via, v.type === 'DATE' ? 'dct' : null));
  }
  add(PRESENT, (m) => (m[0] === m[0].toUpperCase() && m[0].length > 2 && /[A-Z]{3,}/.test(text.slice(from + m.index - 6, from + m.index)) ? null
    : mention(text, from + m.index, from + m.index + m[0].length, 'DATE', 'PRESENT_REF', null, 'recognizer/present-ref', 'dct')));
  add(CENTURY, (m) => mention(text, from + m.index, from + m.index + m[0].length, 'DATE', pad(Number(m[1]) - 1), null, 'recognizer/century', null));
  add(DECADES, (m) => {
    const w = m[0].toLowerCase();
    const s = from + m.index + (/^(?:for|in|within) /.test(w) ? w.indexOf(' ') + 1 : 0);
    const unit = Object.entries(VAGUE_UNIT).find(([k]) => w.includes(k))![1];
    return mention(text, s, from + m.index + m[0].length, 'DURATION', `PX${unit}`, null, 'recognizer/vague-duration', null);
  });
  out.sort((a, b) => a.start - b.start);
  ANAPHORA.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANAPHORA.exec(body))) {
    const s = from + m.index;
    const e = s + m[0].length;
    if (out.some((o) => o.start < e && s < o.end)) {
      const i = out.findIndex((o) => o.start < e && s < o.end);
      out.splice(i, 1);
    }
    const prior = [...out].reverse().find((o) => o.end <= s && o.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(o.value));
    if (!prior) continue;
    const part = PART[m[1]!.toLowerCase()];
    out.push(mention(text, s, e, part ? 'TIME' : 'DATE', part ? `${prior.value}T${part}` : prior.value, null, 'refiner/narrative-anaphora', `narrative:${prior.start}`));
    out.sort((a, b) => a.start - b.start);
  }
  out.sort((a, b) => a.start - b.start);
  const times = out.filter((t) => !isTitle(t, text)).map((t) => edgeWord(t, text));
  return eventOffsets(ref ? dayParts(times, text, ref) : times, text);
}

export const timeStage = defineStage({ name: 'annotate.time', requires: ['clean', 'segments'], assigns: 'time', run: extractTimes });
