/**
 * The story record: the figure claims of each story are linked across reports into facts (link/facts),
 * each fact given a status with the reason in words; quotes and names are facts too. Events are read
 * off the facts (what they are about), dated by the dates the reports give for what happened and by
 * when the figures were given, never by a year named in passing.
 */
import type { Doc } from '../model/doc.js';
import type { EntityMention, QuantityMention, TimeMention } from '../model/mention.js';
import type { FigureClaim } from '../model/claim.js';
import { countData, figureClaims, isContentWord } from '../claims/figures.js';
import type { ConsistencyCheck, FactKey, FactStatus, FactValueData } from '../model/story.js';
import { SCHEMA, type EventJson, type FactJson, type FactValueJson, type StoryRecord, type WhenJson } from '../model/record.js';
import type { Context } from '../core/context.js';
import { reportJson } from '../render/extract-line.js';
import { lexicon } from '../lexicon/index.js';
import { countInterval, dateRange, intersect, msApart, sameMoment, type Clock } from '../core/interval.js';
import { quoteLedger } from './quotes.js';
import { clusterable, clusterStories, type StoryCluster } from '../link/stories.js';
import { foldAccents, mostCounted } from '../link/entities.js';
import { clockOf, clusterFigures, type FigureCluster } from '../link/facts.js';
import { headerBody, partsSum, selfContradictions, timezones, type CheckedFact } from './checks.js';
import { citationGraph, citesOf, framingByOutlet, termChoices } from '../framing/index.js';

interface RoleLexicon {
  readonly running: readonly string[];
  readonly families: Readonly<Record<string, string>>;
  /** Roles whose figures sources estimate against each other, the names beside them their counters (a crowd's size). */
  readonly countedBySources: readonly string[];
  /** Running roles whose count of one day's event grows as it is found out (the dead of a quake, found over a week). */
  readonly foundLater: readonly string[];
}

/**
 * `stated`: the value's as-of time (`reportedAt`) is a date its text gives, not its report's
 * publication; `dayNamed`: its clause names its day, the publication day included; `clock`: a
 * clock time as moments compare it.
 */
interface Value { json: FactValueJson; data: FactValueData; reportedAt: string; published?: string; stated?: boolean; dayNamed?: boolean; clock?: Clock; wording?: ClockWording }

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
  const recent = foundLater && day.length === 10 && published.length === 10 && Date.parse(published) - Date.parse(day) <= STILL_COUNTED_DAYS * 86_400_000;
  return recent ? `${day}|${published}` : day;
}

/**
 * How a clock time is given: `about` ("about 7:11 p.m.", "hacia las 13.00"), `bound` ("by 6pm",
 * "just after 8pm") or `exact`; two reports that round alike agree, one that rounds does not agree
 * with one that does not.
 */
type ClockWording = 'exact' | 'about' | 'bound';
const CLOCK_WORDING: readonly [Exclude<ClockWording, 'exact'>, RegExp][] = [
  ['bound', /\b(?:by|before|after|shortly|just)(?: after| before)?\s+(?:at\s+)?$/i],
  ['about', /\b(?:about|around|roughly|approximately|hacia|sobre|cerca|por volta)(?: de| das| las| la| a)?\s+(?:at\s+)?$/i],
];

function clockWording(text: string, m: TimeMention): ClockWording {
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  for (const [wording, pattern] of CLOCK_WORDING) if (pattern.test(before) || pattern.test(`${m.text.split(/\s+/)[0]} `)) return wording;
  return 'exact';
}

const DAY = 86400000;
/** A date this coarse or coarser names a period ("last week", "November"), not the day. */
const WEEK_OR_MORE = 7 * DAY - 1;

/** The key as the record writes it: "count:seat:seats-won", "count:MS-13 members", "amount:USD:cost". */
export function attributeOf(key: FactKey): string {
  const what = key.group ? `${key.group} members` : key.head;
  return [key.measure, what, key.role].filter((x): x is string => !!x).join(':');
}

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

function figureValue(doc: Doc, f: FigureClaim, bound: FigureClaim['bound'] | null): Value {
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
      ? { clock: clockOf(f), wording: clockWording(doc.report.text, m) }
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

function status(values: readonly Value[], running: boolean, foundLater = false): { status: FactStatus; reason: string } {
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
      if (!clash && days.size > 1 && !undated && (running || rising) && !ofHappening && !disputed) {
        const latest = byTime.at(-1)!;
        return { status: 'evolving', reason: `a running figure${rising ? ' rising' : ', revised up and down,'} over time, latest ${at(latest)} (${latest.reportedAt.slice(0, 10)})` };
      }
      if (!clash && running) return { status: 'evolving', reason: `a running figure given at different hours of ${[...days][0] || 'one day'}: ${exact.join(', ')}` };
      if (clash) return { status: 'conflict', reason: `reports of ${clash[0].slice(0, 10)} give different exact counts: ${[...clash[1]].map((x) => withSources(x, byTime.filter((v) => momentKey(v, foundLater) === clash[0]))).join(' and ')}` };
      return { status: 'conflict', reason: `reports give different exact counts: ${exact.map((x) => withSources(x, byTime)).join(' and ')}` };
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
function clockStatus(values: readonly Value[]): { status: FactStatus; reason: string } {
  const first = values.find((v) => v.clock)?.clock;
  if (!first) return { status: 'compatible', reason: 'the times differ in precision' };
  let exact = true;
  let oneMoment = true;
  let spread = 0;
  for (const v of values) {
    const rel = v.clock ? sameMoment(first, v.clock) : null;
    if (rel !== 'exact') exact = false;
    if (!rel) oneMoment = false;
    spread = Math.max(spread, v.clock && !rel ? msApart(first, v.clock) ?? 0 : 0);
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

/** The commonest non-null value of one field of a cluster's members (the first of equals). */
function commonest<T>(items: readonly (T | null)[]): T | null {
  const counts = new Map<T, number>();
  for (const x of items) if (x !== null) counts.set(x, (counts.get(x) ?? 0) + 1);
  return mostCounted(counts) ?? null;
}

function keyOf(c: FigureCluster): FactKey {
  const m = c.members;
  const about = new Map<string, number>();
  for (const f of m) for (const a of f.about) about.set(a, (about.get(a) ?? 0) + 1);
  const shared = [...about].filter(([, n]) => n * 2 >= m.length || m.length === 1).sort((a, b) => b[1] - a[1]).map(([a]) => a).slice(0, 3);
  return { measure: m[0]!.measure, head: commonest(m.map((f) => f.head)), group: commonest(m.map((f) => f.group)), role: commonest(m.map((f) => f.role)), about: shared };
}

const MEASURE_WORDS: Readonly<Record<string, string>> = { date: 'date', time: 'time', duration: 'duration', year: 'year' };

/** What a fact is about, in words: "seat (seats-won), Labour", "time: silence, began". */
function subjectOf(key: FactKey, c: FigureCluster): string {
  const what = key.group ? `${key.group} members` : key.head ?? (key.measure.startsWith('amount:') ? key.measure.slice(7) : MEASURE_WORDS[key.measure] ?? 'figure');
  const words = commonest(c.members.map((f) => f.context[0] ?? null));
  const bound = commonest(c.members.map((f) => f.bound ?? null));
  const parts = [what, key.role || bound ? `(${[key.role, bound ? `${bound} bound` : null].filter(Boolean).join(', ')})` : '', key.about.length ? `about ${key.about.join(', ')}` : words ? `near "${words}"` : ''];
  return parts.filter(Boolean).join(' ');
}

/**
 * A fact as built: `named` is the name its figures are nearest to, when they agree on one that is no
 * place (the party a seat count is for); `dispute` marks a fact that gathers others' values.
 */
interface Built { key: FactKey; json: FactJson; values: Value[]; family: string; running: boolean; named?: string | null; dispute?: boolean }

/** Each cluster of figure claims as a fact with its status and reason. */
function figureFacts(clusters: readonly FigureCluster[], docOf: ReadonlyMap<string, Doc>, lex: RoleLexicon): Built[] {
  const running = new Set(lex.running);
  const foundLater = new Set(lex.foundLater);
  return clusters.map((c) => {
    const key = keyOf(c);
    const bound = commonest(c.members.map((f) => f.bound ?? null));
    const values = c.members.map((f) => figureValue(docOf.get(f.report)!, f, bound));
    const isRunning = key.role !== null && running.has(key.role);
    const reports = new Set(values.map((v) => v.json.report));
    const s = reports.size < 2 ? { status: 'single' as const, reason: 'one report gives this value' }
      : key.measure === 'time' ? clockStatus(values) : status(values, isRunning, key.role !== null && foundLater.has(key.role));
    const family = key.measure === 'year' ? 'background'
      : key.role ? lex.families[key.role] ?? key.role
      : key.measure === 'date' || key.measure === 'time' ? 'dates and times' : 'figures';
    const names = new Set(c.members.filter((f) => f.subject && f.subjectType !== 'place').map((f) => f.subject));
    return {
      key, values, family, running: isRunning, named: names.size === 1 ? [...names][0] : names.size ? undefined : null,
      json: { id: '', attribute: attributeOf(key), subject: subjectOf(key, c), kind: key.measure.replace(/:.*$/, ''), role: key.role, status: s.status, reason: reports.size < 2 ? s.reason : `${s.reason}; ${c.reason}`, values: values.map((v) => v.json) },
    };
  });
}

/**
 * Where named sources give one figure differently (a crowd of 107,000 by the ministry, 275,000 to
 * 325,000 by the counters, half a million by the organisers), each source's figure stays a fact, and
 * one more fact gathers them all as a conflict between sources: same thing counted, same role, no two
 * names counted for, at least two sources, and no one number that satisfies every value.
 */
function disputes(built: readonly Built[], lex: RoleLexicon): Built[] {
  // For a figure that sources count against each other, the names beside it are its counters: any may differ.
  const counters = new Set(lex.countedBySources);
  const groups = new Map<string, Built[]>();
  for (const b of built) {
    const { measure, head, role } = b.key;
    if (b.running || !head || !role || (b.named === undefined && !counters.has(role)) || !(measure === 'count' || measure.startsWith('amount:'))) continue;
    const k = `${b.family}|${measure}|${head}|${role}`;
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(b);
  }
  const out: Built[] = [];
  for (const facts of groups.values()) {
    const named = new Set(counters.has(facts[0]!.key.role!) ? [] : facts.map((b) => b.named).filter(Boolean));
    const values = facts.flatMap((b) => b.values);
    const sources = new Set(values.map((v) => v.json.attributedTo).filter(Boolean));
    if (facts.length < 2 || named.size > 1 || sources.size < 2 || new Set(values.map((v) => v.json.report)).size < 2) continue;
    const counts = values.map((v) => v.data).filter((d): d is Extract<FactValueData, { type: 'count' }> => d.type === 'count');
    if (counts.length !== values.length || intersect(counts.map(countInterval))) continue;
    // Each source's commonest value, as the reason names it.
    const bySource = new Map<string, { who: string; values: Value[] }>();
    for (const v of values) {
      const who = v.json.attributedTo;
      if (who) (bySource.get(who.toLowerCase()) ?? bySource.set(who.toLowerCase(), { who, values: [] }).get(who.toLowerCase())!).values.push(v);
    }
    const said = [...bySource.values()].map(({ who, values: vs }) => `${commonest(vs.map((v) => v.json.shown ?? String(v.json.value)))} (according to ${who})`);
    const first = facts[0]!;
    const { head, role } = first.key;
    out.push({
      key: first.key, values, family: first.family, running: false, named: first.named, dispute: true,
      json: { ...first.json, subject: `${head} (${role}), by source`, status: 'conflict',
        reason: `the sources give different figures: ${said.join('; ')}`, values: values.map((v) => v.json) },
    });
  }
  return out;
}

/** Words of a quote as compared across reports: lower-case letters and digits. */
const quoteWords = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);

/** Share of the shorter quote's content words the other must hold to be the same words quoted. */
const QUOTE_SHARED = 0.6;

/**
 * Two quotes are the same words when most of the shorter one's content words are in the other:
 * "not a security incident or cyberattack" and "not a cyber security event" share function words
 * and "security", and are two sayings.
 */
function sameWords(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const content = (s: ReadonlySet<string>) => [...s].filter(isContentWord);
  const [ca, cb] = [content(a), content(b)];
  const [short, long] = ca.length <= cb.length ? [ca, new Set(cb)] : [cb, new Set(ca)];
  const shared = short.filter((w) => long.has(w)).length;
  return shared >= Math.min(2, short.length) && short.length > 0 && shared / short.length >= QUOTE_SHARED;
}

/**
 * Speakers are one person when one's name holds the other's words ("Keir" of "Keir Starmer", "CEO
 * George Kurtz"); a place given as the speaker ("Serbia", "Novi Sad") stands for someone there, so
 * it counts only where no one else is named.
 */
function distinctSpeakers(names: readonly string[], places: ReadonlySet<string>): string[] {
  const named = names.filter((n) => !places.has(n));
  if (named.length && named.length < names.length) return distinctSpeakers(named, places);
  const words = (n: string) => foldAccents(n).toLowerCase().split(/\s+/);
  const longestFirst = [...new Set(names)].sort((a, b) => b.length - a.length);
  const kept: string[] = [];
  for (const n of longestFirst) {
    const mine = words(n);
    if (!kept.some((k) => { const theirs = new Set(words(k)); return mine.every((w) => theirs.has(w)); })) kept.push(n);
  }
  return kept;
}

/**
 * Quotes as facts: the same words in several reports (whoever each says spoke them), the value being
 * the speaker. Two reports putting the words in two named mouths is a conflict.
 */
function quoteFacts(docs: readonly Doc[]): Built[] {
  const places = new Set(docs.flatMap((d) => (d.entity ?? []).filter((e) => e.type === 'place').map((e) => e.canonical)));
  const groups: { words: Set<string>; text: string; occ: { report: string; start: number; end: number; text: string; speaker: string | null }[] }[] = [];
  const byWord = new Map<string, number[]>();
  for (const d of docs) {
    for (const q of d.quote ?? []) {
      const words = quoteWords(q.text);
      if (words.length < 3) continue;
      const set = new Set(words);
      // Candidate groups share a word of the quote; the one sharing most of the shorter quote's words takes it.
      const seen = new Set<number>();
      let best = -1;
      for (const w of set) for (const g of byWord.get(w) ?? []) seen.add(g);
      for (const g of seen) {
        if (sameWords(set, groups[g]!.words)) { best = g; break; }
      }
      const occ = { report: d.report.id, start: q.start, end: q.end, text: q.text, speaker: q.speaker ?? q.speakerText };
      if (best >= 0) { groups[best]!.occ.push(occ); continue; }
      groups.push({ words: set, text: q.text, occ: [occ] });
      for (const w of set) (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(groups.length - 1);
    }
  }
  return groups.flatMap((g) => {
    const speaker = commonest(g.occ.map((o) => o.speaker));
    if (!speaker) return [];
    const reports = new Set(g.occ.map((o) => o.report));
    const named = distinctSpeakers(g.occ.flatMap((o) => (o.speaker ? [o.speaker] : [])), places);
    const values: Value[] = g.occ.map((o) => ({
      json: { value: o.speaker, text: o.text, report: o.report, start: o.start, end: o.end, attributedTo: o.speaker, voice: 'attributed', voiceCue: null },
      data: { type: 'text', value: o.speaker ?? '' },
      reportedAt: '',
    }));
    // Who said a quote is read by machine: two speakers for one quote are shown, not listed as a dispute.
    const status: FactStatus = reports.size < 2 ? 'single' : named.length > 1 ? 'compatible' : 'agree';
    const reason = reports.size < 2 ? 'one report quotes these words'
      : named.length > 1 ? `the reports name different speakers for these words (${named.join(', ')}): check who said them` : `${reports.size} reports quote ${speaker} saying these words`;
    const key: FactKey = { measure: 'quote', head: null, group: null, role: null, about: [speaker] };
    return [{ key, values, family: 'quotes', running: false,
      json: { id: '', attribute: 'quote', kind: 'quote', subject: `${speaker}: “${g.text.length > 80 ? `${g.text.slice(0, 77)}…` : g.text}”`, status, reason, values: values.map((v) => v.json) } }];
  });
}

/**
 * The ways reports spell one name: the resolved names, and the full names as written where the
 * resolver took one spelling for another ("Yonatan Hatzor" resolved as "Jonatan Hatzor"). Accents
 * and case aside; a written name counts only beside one of as many words, each a letter off.
 */
function spellingsOf(canonicals: readonly string[], texts: readonly string[]): Set<string> {
  const fold = (s: string) => foldAccents(s).toLowerCase();
  const out = new Set(canonicals.map(fold));
  for (const t of texts.map(fold)) {
    const words = t.split(/\s+/);
    if (words.length < 2) continue;
    if ([...out].some((o) => { const ow = o.split(' '); return o !== t && ow.length === words.length && ow.every((w, i) => near(w, words[i]!)); })) out.add(t);
  }
  return out;
}

const NAMED: ReadonlySet<string> = new Set(['person', 'place', 'facility', 'organization', 'group']);

/** Levenshtein distance of two short words, capped at 2. */
function near(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return a === b;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

/**
 * Names as facts: each person, place or body two reports name, with the words each uses. One name
 * spelled two ways beyond accents (Jonatan and Yonatan) is a conflict in its own right.
 */
function nameFacts(docs: readonly Doc[]): Built[] {
  const groups = new Map<string, { canonical: string; type: string; first: Map<string, EntityMention> }>();
  for (const d of docs) {
    for (const e of d.entity ?? []) {
      if (!NAMED.has(e.type) || e.start < d.report.bodyStart || !/\s/.test(e.canonical)) continue;
      const k = foldAccents(e.canonical);
      const g = groups.get(k) ?? groups.set(k, { canonical: e.canonical, type: e.type, first: new Map() }).get(k)!;
      if (!g.first.has(d.report.id)) g.first.set(d.report.id, e);
    }
  }
  // A person's name one letter off another's, same surname: one person, spelled two ways.
  const persons = [...groups.entries()].filter(([, g]) => g.type === 'person');
  const merged = new Map<string, string>();
  for (let i = 0; i < persons.length; i++) {
    for (let j = i + 1; j < persons.length; j++) {
      const [ka, a] = persons[i]!;
      const [kb, b] = persons[j]!;
      const wa = ka.split(' ');
      const wb = kb.split(' ');
      if (wa.length !== wb.length || wa.at(-1) !== wb.at(-1) || !wa.every((w, x) => near(w, wb[x]!))) continue;
      const overlap = [...a.first.keys()].some((r) => b.first.has(r));
      if (overlap || merged.has(kb)) continue;
      for (const [r, e] of b.first) a.first.set(r, e);
      merged.set(kb, ka);
    }
  }
  const out: Built[] = [];
  for (const [k, g] of groups) {
    if (merged.has(k) || g.first.size < 2) continue;
    const values: Value[] = [...g.first].map(([report, e]) => ({
      json: { value: e.canonical, text: e.text, report, start: e.start, end: e.end, attributedTo: null, voice: 'asserted', voiceCue: null },
      data: { type: 'text', value: e.canonical },
      reportedAt: '',
    }));
    const spellings = spellingsOf(values.map((v) => String(v.json.value)), values.map((v) => v.json.text));
    const key: FactKey = { measure: 'name', head: g.type, group: null, role: null, about: [g.canonical] };
    out.push({
      key, values, family: 'names', running: false,
      json: { id: '', attribute: `name:${g.type}`, kind: 'name', subject: `${g.type}: ${g.canonical}`, status: spellings.size > 1 ? 'conflict' : 'agree',
        reason: spellings.size > 1 ? `the reports spell the name ${[...spellings].length} ways: ${[...new Set(values.map((v) => v.json.value))].join(', ')}` : `${values.length} reports name ${g.canonical}`,
        values: values.map((v) => v.json) },
    });
  }
  return out;
}

/** An event's day: the date its date facts give, else the first day its figures were given. */
function eventWhen(facts: readonly Built[]): WhenJson | null {
  const dated = facts.filter((f) => f.key.measure === 'date' && f.values.length > 1)[0] ?? facts.find((f) => f.key.measure === 'date');
  const date = dated ? commonest(dated.values.map((v) => (typeof v.json.value === 'string' ? v.json.value.slice(0, 10) : null))) : null;
  if (date && dateRange(date)) return { value: date, type: 'DATE' };
  const days = facts.flatMap((f) => f.values.map((v) => v.reportedAt.slice(0, 10))).filter((d) => dateRange(d)).sort();
  return days[0] ? { value: days[0], type: 'DATE' } : null;
}

const ORDER = ['casualties', 'result', 'response', 'disruption', 'market'];
const LAST = ['figures', 'dates and times', 'background', 'quotes', 'names'];
/** Where an event of a family stands in the record: the story's happenings first, names last. */
const rank = (family: string) => (ORDER.includes(family) ? ORDER.indexOf(family) : LAST.indexOf(family) + ORDER.length + 1);
/** Families that are no happening of their own, so have no day. */
const UNDATED: ReadonlySet<string> = new Set(['background', 'quotes', 'names']);

/** One story's facts: its figures linked across its reports, its quotes and its names. */
function storyFacts(mine: readonly Doc[], docOf: ReadonlyMap<string, Doc>, lex: RoleLexicon): Built[] {
  // Figures are read per report by the figures stage; a document read back from the store has none yet.
  const figures = mine.flatMap((d) => d.figures ?? figureClaims(d));
  const facts = figureFacts(clusterFigures(figures, new Set(lex.running)), docOf, lex);
  return [...facts, ...disputes(facts, lex), ...quoteFacts(mine), ...nameFacts(mine)];
}

interface Draft { family: string; facts: Built[]; when: WhenJson | null }

/** The events a story's facts make: one per family (what their roles belong to), dated by its facts. */
function eventDrafts(built: readonly Built[]): Draft[] {
  const families = new Map<string, Built[]>();
  for (const b of built) (families.get(b.family) ?? families.set(b.family, []).get(b.family)!).push(b);
  return [...families].map(([family, facts]) => ({ family, facts, when: UNDATED.has(family) ? null : eventWhen(facts) }))
    .sort((a, b) => rank(a.family) - rank(b.family) || a.family.localeCompare(b.family));
}

/** What numbering the record's events and facts has reached, and what they have found so far. */
interface Tally { events: EventJson[]; conflicts: string[]; checks: ConsistencyCheck[]; checked: CheckedFact[]; factNo: number }

/** An event drafted for a story, its facts numbered (facts of many reports first: what the story is most told by). */
function addEvent(tally: Tally, d: Draft, story: string | null): void {
  const facts: FactJson[] = [];
  const checked: CheckedFact[] = [];
  const reportsOf = (b: Built) => new Set(b.values.map((v) => v.json.report)).size;
  // A dispute after the facts it gathers; it is no fact of its own for the checks.
  for (const b of [...d.facts].sort((a, b) => Number(!!a.dispute) - Number(!!b.dispute) || reportsOf(b) - reportsOf(a))) {
    const fid = `f${++tally.factNo}`;
    if (b.json.status === 'conflict') tally.conflicts.push(fid);
    facts.push({ ...b.json, id: fid });
    if (!b.dispute) checked.push({ id: fid, key: b.key, attribute: b.json.attribute, subject: b.json.subject, values: b.values });
  }
  tally.checked.push(...checked);
  tally.checks.push(...partsSum(checked), ...selfContradictions(checked, d.facts.some((f) => f.running)));
  const reports = [...new Set(d.facts.flatMap((f) => f.values.map((v) => v.json.report)))];
  const label = d.family === 'background' ? 'years and figures named in passing' : d.when ? `${d.family} around ${d.when.value}` : d.family;
  tally.events.push({ id: `e${tally.events.length + 1}`, label, type: d.family, when: d.when, facts, reports, ...(story ? { story } : {}) });
}

export function buildStory(docs: readonly Doc[], duplicates: ReadonlyMap<string, string>, _ctx: Context): StoryRecord {
  const lex = lexicon<RoleLexicon>('roles');
  const { stories, storyOf } = clusterStories(docs.map(clusterable), duplicates);
  const docOf = new Map(docs.map((d) => [d.report.id, d]));
  // Copies are in their story's facts too, each value showing what it copies (reports[].duplicateOf).
  const byStory = new Map<string, Doc[]>();
  for (const d of docs) { const st = storyOf.get(d.report.id)!; (byStory.get(st) ?? byStory.set(st, []).get(st)!).push(d); }
  const tally: Tally = { events: [], conflicts: [], checks: [], checked: [], factNo: 0 };
  for (const st of stories) {
    for (const d of eventDrafts(storyFacts(byStory.get(st.id) ?? [], docOf, lex))) addEvent(tally, d, stories.length > 1 ? st.id : null);
  }
  return recordOf(docs, duplicates, tally, stories);
}

/** Each story with the ids of its events, in one pass over the events. */
function storiesWithEvents(stories: readonly StoryCluster[], events: readonly EventJson[]) {
  const of = new Map<string, string[]>();
  for (const e of events) if (e.story) (of.get(e.story) ?? of.set(e.story, []).get(e.story)!).push(e.id);
  return stories.map((st) => ({ ...st, events: of.get(st.id) ?? [] }));
}

/** The record: the reports, the events and their timeline, the quote ledger, the checks and the framing. */
function recordOf(docs: readonly Doc[], duplicates: ReadonlyMap<string, string>, tally: Tally, stories: readonly StoryCluster[]): StoryRecord {
  const { events } = tally;
  const originals = docs.filter((d) => !duplicates.has(d.report.id));
  const outlets = framingByOutlet(docs, duplicates);
  const timeline = events.filter((e) => e.when).sort((a, b) => a.when!.value.localeCompare(b.when!.value)).map((e) => ({ when: e.when, event: e.id, reports: (e.reports as string[]) ?? [] }));
  return {
    schema: SCHEMA,
    reports: docs.map((d) => ({ ...reportJson(d, duplicates.get(d.report.id) ?? null), cites: citesOf(d) })),
    events,
    timeline,
    quotes: quoteLedger(docs, duplicates),
    conflicts: tally.conflicts,
    ...(stories.length > 1 ? { stories: storiesWithEvents(stories, events) } : {}),
    checks: [...tally.checks, ...timezones(originals), ...headerBody(originals, tally.checked)],
    framing: { outlets, terms: termChoices(events, docs), citations: citationGraph(outlets) },
  };
}
