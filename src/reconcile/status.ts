/**
 * The status of a fact's values, with its reason in words: whether the reports agree, differ only
 * in precision, conflict, or give a running figure that moved (CONTRACT §2), for counts, dates and
 * clock times; and each value as the record shows it.
 */
import type { Doc } from '../model/doc.js';
import type { QuantityMention, TimeMention } from '../model/mention.js';
import type { ClockWording, FigureClaim } from '../model/claim.js';
import type { FactStatus, FactValueData } from '../model/story.js';
import type { FactValueJson } from '../model/record.js';
import { countData, isReading } from '../claims/figures.js';
import { countInterval, dateRange, intersect, offsetApart, sameMoment, type Clock } from '../core/interval.js';
import { clockOf } from '../link/facts.js';

/**
 * `stated`: the value's as-of time (`reportedAt`) is a date its text gives, not its report's
 * publication; `dayNamed`: its clause names its day, the publication day included; `clock`: a
 * clock time as moments compare it.
 */
export interface Value { json: FactValueJson; data: FactValueData; reportedAt: string; published?: string; stated?: boolean; dayNamed?: boolean; clock?: Clock; wording?: ClockWording }

const DAY = 86400000;

/** Days after a running figure's day within which its count may still be revised ("the 418 seats of 1997" is final). */
const STILL_COUNTED_DAYS = 30;

/**
 * The moment a value claims, as a key: its day; for a toll of recent days (`foundLater`) also the day it
 * was published, since a later report counting the dead of one day again knows more, and only reports of
 * one day dispute it.
 */
function momentKey(v: Value, foundLater: boolean): string {
  const day = v.reportedAt.slice(0, 10);
  const published = (v.published ?? '').slice(0, 10);
  const recent = foundLater && day.length === 10 && published.length === 10 && Date.parse(published) - Date.parse(day) <= STILL_COUNTED_DAYS * DAY;
  return recent ? `${day}|${published}` : day;
}

/** A date this coarse or coarser names a period ("last week", "November"), not the day. */
const WEEK_OR_MORE = 7 * DAY - 1;

function dataOf(m: QuantityMention | TimeMention): FactValueData {
  return m.kind === 'quantity'
    ? countData(m)
    : { type: 'time', timex: { value: m.value, type: m.type } };
}

/**
 * In a fact of one end of ranges, a bound at that end ("up to 325,000" beside "between 275,000 and
 * 325,000") gives the end itself.
 */
function asRangeEnd(d: FactValueData, bound: FigureClaim['bound'] | null): FactValueData {
  if (d.type !== 'count' || d.value !== null) return d;
  if (bound === 'upper' && d.min === null && d.max !== null && !d.maxExclusive) return { ...d, value: d.max, max: null };
  if (bound === 'lower' && d.max === null && d.min !== null && !d.minExclusive) return { ...d, value: d.min, min: null };
  return d;
}

export function figureValue(doc: Doc, f: FigureClaim, bound: FigureClaim['bound'] | null): Value {
  const m = f.mention;
  const data = asRangeEnd(dataOf(m), bound);
  const value = m.kind === 'quantity' ? (m.value ?? m.min ?? m.max) : m.value;
  return {
    json: { value, text: m.text, report: doc.report.id, start: m.start, end: m.end, attributedTo: f.attributedTo, voice: f.voice, voiceCue: f.voiceCue,
      outlet: doc.report.meta.outlet, shown: shown(data, value), ...(f.asOf ? { asOf: f.asOf } : {}) },
    data,
    reportedAt: f.asOf ?? doc.report.meta.published ?? '',
    published: doc.report.meta.published ?? undefined,
    stated: f.asOfStated,
    dayNamed: f.dayNamed,
    ...(f.measure === 'time' && m.kind === 'time'
      ? { clock: clockOf(f), wording: f.wording ?? 'exact' }
      : {}),
  };
}

/**
 * An exact count with whom the reports put it on ("85000 (according to Union of Public Workers)"):
 * two figures from two named sources are a dispute the reader should see as one.
 */
function withSources(x: number | null, values: readonly Value[]): string {
  const who = [...new Set(values.filter((v) => v.json.value === x && v.json.attributedTo).map((v) => v.json.attributedTo!))];
  // As a reader writes it ("€10.6bn" shown as 10,600,000,000 EUR), not the bare number.
  const shown = values.find((v) => v.json.value === x)?.json.shown ?? String(x);
  return who.length ? `${shown} (according to ${who.join(', ')})` : shown;
}

/** Whether two values the text dates to one day cannot both be true. */
function statedClash(values: readonly Value[], foundLater: boolean): boolean {
  const byDay = new Map<string, Extract<FactValueData, { type: 'count' }>[]>();
  for (const v of values) if (v.dayNamed && v.data.type === 'count') (byDay.get(momentKey(v, foundLater)) ?? byDay.set(momentKey(v, foundLater), []).get(momentKey(v, foundLater))!).push(v.data);
  return [...byDay.values()].some((day) => day.length > 1 && !intersect(day.map(countInterval)));
}

/** Whether values ordered by their as-of time never fall. */
const risesInTime = (byTime: readonly Value[], at: (v: Value) => number) => byTime.every((v, i) => i === 0 || at(v) >= at(byTime[i - 1]!));

/** A vague amount ("millions of", "hundreds of"): a floor that no report meant as the figure. */
const isVague = (v: Value) => v.data.type === 'count' && v.data.approx && v.data.value === null && v.data.min !== null && v.data.max === null;

export function status(values: readonly Value[], running: boolean, foundLater = false): { status: FactStatus; reason: string } {
  const reports = new Set(values.map((v) => v.json.report));
  if (reports.size < 2) return { status: 'single', reason: 'one report gives this value' };
  const counts = values.filter((v) => v.data.type === 'count').map((v) => v.data as Extract<FactValueData, { type: 'count' }>);
  // Reports that give the figure agree whatever another's "millions of" says, so long as it holds their value.
  const vague = values.filter(isVague);
  const given = values.filter((v) => !isVague(v));
  if (vague.length && new Set(given.map((v) => v.json.report)).size > 1) {
    const theirs = status(given, running, foundLater);
    if (theirs.status === 'agree' && counts.length === values.length && intersect(counts.map((d) => countInterval(d)))) {
      return { status: 'agree', reason: `${theirs.reason}; ${vague.map((v) => `"${v.json.text}"`).join(', ')} holds it` };
    }
  }
  if (counts.length === values.length) {
    const exact = [...new Set(counts.filter((c) => c.value !== null && !c.approx).map((c) => c.value))];
    if (exact.length > 1 && intersect(counts.map(countInterval))) return { status: 'compatible', reason: `the values differ only in how finely they are written (${exact.join(', ')})` };
    if (exact.length > 1) {
      const byTime = [...values].filter((v) => (v.data as { value: number | null }).value !== null && !(v.data as { approx: boolean }).approx)
        .sort((a, b) => a.reportedAt.localeCompare(b.reportedAt));
      const at = (v: Value) => (v.data as { value: number }).value;
      // Values given for different days are a figure that moved, unless two claim the same day: a
      // running figure (a toll) may be revised either way, any other only upward (a fifth seat declared later).
      // A running figure given on one publication day by two reports was likely given at two hours of
      // it: only values the text itself dates to one day claim the same moment.
      const sameDay = new Map<string, Set<number>>();
      for (const v of byTime) if (!running || v.dayNamed) (sameDay.get(momentKey(v, foundLater)) ?? sameDay.set(momentKey(v, foundLater), new Set()).get(momentKey(v, foundLater))!).add(at(v));
      const clash = [...sameDay].find(([, set]) => set.size > 1);
      const days = new Set(byTime.map((v) => v.reportedAt.slice(0, 10)));
      const rising = risesInTime(byTime, at);
      // A figure the text dates to its happening ("21 were deported last night") has one true value.
      const ofHappening = !running && byTime.some((v) => v.stated);
      // Two named sources giving two figures (police 32,000, organisers 85,000) dispute it, whenever said.
      const sources = new Map<number, Set<string>>();
      for (const v of byTime) if (v.json.attributedTo) (sources.get(at(v)) ?? sources.set(at(v), new Set()).get(at(v))!).add(v.json.attributedTo);
      const disputed = !running && sources.size > 1 && [...sources.values()].some((a) => [...sources.values()].some((b) => b !== a && ![...a].some((x) => b.has(x))));
      // A value of unknown date cannot show that a figure which is not a running one moved.
      const undated = !running && byTime.some((v) => !v.reportedAt);
      // A reading on a named scale (a magnitude) measures one happening: two of them differ, they do not move.
      const reading = counts.some((c) => isReading(c.unit));
      if (!clash && days.size > 1 && !undated && (running || rising) && !ofHappening && !disputed && !reading) {
        const latest = byTime.at(-1)!;
        return { status: 'evolving', reason: `a running figure${rising ? ' rising' : ', revised up and down,'} over time, latest ${at(latest)} (${latest.reportedAt.slice(0, 10)})` };
      }
      if (!clash && running) return { status: 'evolving', reason: `a running figure given at different hours of ${[...days][0] || 'one day'}: ${exact.join(', ')}` };
      // What the values are, in words: a magnitude is a reading, an amount in a unit a measurement.
      const what = reading ? 'readings' : counts.some((c) => c.unit) ? 'exact values' : 'exact counts';
      if (clash) return { status: 'conflict', reason: `reports of ${clash[0].slice(0, 10)} give different ${what}: ${[...clash[1]].map((x) => withSources(x, byTime.filter((v) => momentKey(v, foundLater) === clash[0]))).join(' and ')}` };
      return { status: 'conflict', reason: `reports give different ${what}: ${exact.map((x) => withSources(x, byTime)).join(' and ')}` };
    }
    if (exact.length === 1 && counts.every((c) => c.value === exact[0])) return { status: 'agree', reason: `every report gives ${exact[0]}` };
    if (new Set(values.map((v) => shape(v.data))).size === 1) return { status: 'agree', reason: `every report gives ${values[0]!.json.shown ?? shape(values[0]!.data)}` };
    // A running figure given on different days as rising points or bounds ("more than 3,500 through
    // Saturday", then "more than 5,000") rose, though one number could satisfy its bounds.
    const point = (v: Value) => { const c = v.data as Extract<FactValueData, { type: 'count' }>; return c.value ?? c.min ?? c.max ?? 0; };
    const byDay = [...values].sort((a, b) => a.reportedAt.localeCompare(b.reportedAt));
    const days = new Set(byDay.map((v) => v.reportedAt.slice(0, 10)));
    // Any figure given only as floors rising on later days ("more than 3,000", a fortnight later "more
    // than 4,000") grew: a floor is written close to what it bounds.
    const floors = counts.every((c) => c.value === null && c.min !== null && c.max === null);
    if ((running || floors) && days.size > 1 && new Set(byDay.map(point)).size > 1 && risesInTime(byDay, point)) {
      const latest = byDay.at(-1)!;
      return { status: 'evolving', reason: `a running figure rising over time, latest ${latest.json.shown ?? point(latest)} (${latest.reportedAt.slice(0, 10)})` };
    }
    if (intersect(counts.map(countInterval))) return { status: 'compatible', reason: 'the values differ in precision or bound but one number satisfies all of them' };
    if (running && !statedClash(values, foundLater)) return { status: 'evolving', reason: 'a running figure whose values no report dates to one moment' };
    return { status: 'conflict', reason: 'no single number satisfies every value' };
  }
  const ranges = values.map((v) => (v.data.type === 'time' ? dateRange(v.data.timex.value.slice(0, 10)) : null));
  if (ranges.some((r) => !r)) {
    const distinct = new Set(values.map((v) => String(v.json.value)));
    return distinct.size === 1 ? { status: 'agree', reason: 'every report gives the same value' } : { status: 'compatible', reason: 'values of different kinds' };
  }
  // Each report by its finest date ("March 15" over its "last week"); "Saturday" and "the night of
  // 15 March" name one day, so only a coarser or another day is a difference.
  const finest = new Map<string, { span: number; day: string }>();
  values.forEach((v, i) => {
    const span = ranges[i]!.end - ranges[i]!.start;
    const day = String(v.json.value).replace(/T(?:MO|AF|EV|NI|DT)$/, '');
    const had = finest.get(v.json.report);
    if (!had || span < had.span) finest.set(v.json.report, { span, day });
  });
  if (new Set([...finest.values()].map((f) => f.day)).size === 1) return { status: 'agree', reason: 'every report gives the same date' };
  // "last week" or "November" beside reports giving the day names the period, not the date: when
  // two reports give the day and the period holds it, they decide.
  const days = [...finest.values()].filter((f) => f.span <= DAY);
  const periods = [...finest.values()].filter((f) => f.span >= WEEK_OR_MORE);
  const day = days.length >= 2 && new Set(days.map((f) => f.day)).size === 1 && days.length + periods.length === finest.size ? dateRange(days[0]!.day.slice(0, 10)) : null;
  if (day && periods.every((f) => { const r = dateRange(f.day.slice(0, 10)); return !!r && r.start <= day.start && day.end <= r.end; })) {
    return { status: 'agree', reason: `every report giving the day gives ${days[0]!.day.slice(0, 10)}; others name only the week or month` };
  }
  // A loop, not Math.max(...spread): a fact may hold a value from each of 100,000 reports.
  let lo = -Infinity;
  let hi = Infinity;
  for (const r of ranges) {
    lo = Math.max(lo, r!.start);
    hi = Math.min(hi, r!.end);
  }
  // Events are clustered within two days, so a departure one night and the arrival the next morning, or a date
  // given by its week, are one happening told from two ends: only days further apart conflict.
  if (hi + 2 * DAY >= lo) return { status: 'compatible', reason: 'the dates differ in precision, or by a day or two (a night, a time zone, departure and arrival)' };
  // The dates of a running figure are the days it was given on, not rival dates of one happening.
  return running ? { status: 'evolving', reason: 'the days a running figure was given on' } : { status: 'conflict', reason: 'the dates do not overlap' };
}

/** A count's shape in words-free form: "261", "≥21", ">250", "≤40000", "~300". */
function shape(d: FactValueData): string {
  if (d.type !== 'count') return '';
  if (d.value !== null) return `${d.approx ? '~' : ''}${d.value}`;
  if (d.min !== null) return `${d.minExclusive ? '>' : '≥'}${d.min}${d.max !== null ? `,${d.maxExclusive ? '<' : '≤'}${d.max}` : ''}`;
  return `${d.maxExclusive ? '<' : '≤'}${d.max}`;
}

/** The value as a reader should see it: a bound stays a bound ("at least 40", not 40). */
function shown(d: FactValueData, value: number | string | null): string {
  // A decade or a century as written: "1790s", "1700s".
  if (d.type !== 'count') return typeof value === 'string' && /^\d{2,3}$/.test(value) ? `${value.padEnd(4, '0')}s` : String(value ?? '');
  // A reading is named before its number and keeps the decimals written: "magnitude 7.0".
  if (isReading(d.unit) && d.value !== null) {
    const decimals = d.step !== undefined && d.step < 1 ? Math.round(-Math.log10(d.step)) : 0;
    return `${d.approx ? 'about ' : ''}${d.unit} ${d.value.toFixed(Math.max(decimals, d.value % 1 ? 1 : 0))}`;
  }
  const unit = d.unit === '%' ? '%' : d.unit ? ` ${d.unit}` : '';
  const n = (x: number) => `${x.toLocaleString('en-US')}${unit}`;
  if (d.value !== null) return `${d.approx ? 'about ' : ''}${n(d.value)}`;
  if (d.min !== null && d.max !== null) return `${n(d.min)} to ${n(d.max)}`;
  if (d.min !== null) return `${d.minExclusive ? 'over' : 'at least'} ${n(d.min)}${d.approx ? ' (approx.)' : ''}`;
  return `${d.approx ? 'nearly' : d.maxExclusive ? 'under' : 'up to'} ${n(d.max!)}`;
}

/**
 * Clock times: one instant in any wording or zone agrees (a bare "11:09 p.m." that is the others'
 * moment in some zone is that moment told locally) when all are worded alike; a time worded otherwise
 * ("about 7:11 p.m." beside "7.11pm"), on the hour or rounded within its hour of the others is
 * compatible; anything further, a conflict.
 */
export function clockStatus(values: readonly Value[]): { status: FactStatus; reason: string } {
  // Measured from an exactly worded time where there is one: a rounded one may sit minutes off a zone's offset.
  const first = (values.find((v) => v.clock && (v.wording ?? 'exact') === 'exact') ?? values.find((v) => v.clock))?.clock;
  if (!first) return { status: 'compatible', reason: 'the times differ in precision' };
  let exact = true;
  let oneMoment = true;
  let spread = 0;
  for (const v of values) {
    const rel = v.clock ? sameMoment(first, v.clock) : null;
    if (rel !== 'exact') exact = false;
    if (!rel) oneMoment = false;
    spread = Math.max(spread, v.clock && !rel ? offsetApart(first, v.clock) ?? 0 : 0);
  }
  const alike = new Set(values.map((v) => v.wording)).size === 1;
  const rounded = values.some((v) => v.wording && v.wording !== 'exact');
  if (exact && alike) return { status: 'agree', reason: 'every report gives the same moment' };
  if (oneMoment && alike) return { status: 'agree', reason: 'every report gives the same moment, some in local time' };
  // A time on the hour ("5 a.m.") or rounded ("about 7.30am") holds any minute of its hour.
  const coarse = rounded || values.some((v) => !v.clock || /T\d{2}:00/.test(v.clock.value));
  if (spread <= (coarse ? 60 : 0) * 60_000) return { status: 'compatible', reason: 'the times differ in precision or rounding but can be one moment' };
  return { status: 'conflict', reason: `the reports give different times, ${Math.round(spread / 60_000)} minutes apart` };
}
