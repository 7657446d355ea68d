/**
 * Fact alignment: figure claims of different reports are linked by what they say (what is counted,
 * its role, the names it is about, the words around it, dates close together), with a similarity
 * score and average-link clustering. No fixed event list, and never by value alone: a value only
 * tips a close call, so two reports giving 230 and 242 passengers still meet.
 */
import type { FigureClaim } from '../model/claim.js';
import { countData, givesItsDay, isPeopleLike, isReading, lemma, MEASURED, STATEMENT } from '../claims/figures.js';
import { foldAccents } from './entities.js';
import { fromLexicons, lexicon } from '../lexicon/index.js';
import { countInterval, dateRange as rangeOf, durationSeconds, instantOf as instant, intersect, msApart, nearMoment, sameMoment, type Clock } from '../core/interval.js';

/** Score at which two figures of different reports are linked. */
export const LINK_SCORE = 2.5;
/** Mean score, over every pair of reports, that a merged cluster keeps. */
const CLUSTER_MEAN = 1.5;
/** Mean score of the pairs of different values a merge brings together: a conflict needs close agreement on what is counted. */
const DIFFERING_MEAN = 4.5;
/** Partners each figure is tried with, best first. */
const TOP_PARTNERS = 24;
/** The same for the values of a running figure given on different days. */
const RUNNING_DIFFERING_MEAN = 3.5;
/** A blocking key shared by more figures than this says too little to compare them all on. */
const MAX_BLOCK = 400;
/** Values further apart than this ratio are rarely one figure told twice ("hundreds" against 17). */
const FAR_RATIO = 5;
/** Values within this ratio of each other are nearly one number (33.8% and 33.7%, majorities of 174 and 176; never 4 and 5 seats). */
const NEAR_RATIO = 1.02;
/** The same for a reading on a named scale, where agencies differ by a few tenths (magnitudes of 7.7 and 7.9). */
const NEAR_READING = 1.05;
/** Lengths within this ratio are nearly one ("78 minutes", "about 80 minutes", "less than an hour and a half"). */
const NEAR_LENGTH = 1.2;
/** What two counts lose when their sentences put them in different parts of a whole (partitions.json). */
const PART_APART = 5;
/** What two different roles of a date or time take from their score. */
const DATE_ROLES_APART = 0.5;
/** What the words around two figures told in two languages are taken to add, when none of them meet. */
const OTHER_LANGUAGE = 1.5;
const DAY = 86_400_000;
/** Measures of a moment, which read their whole sentence. */
const MOMENTS: ReadonlySet<string> = new Set(['date', 'time', 'year']);
/** Moments this close may be one told twice. */
const NEAR_MOMENT = 15 * 60_000;
/** Days between two dates the text gives beyond which two figures are of different happenings. */
const STATED_APART = 3;
/** Days between a date the text gives and another report's publication beyond which the figures are of another time. */
const OTHER_TIME = 30;
/** Years before its report beyond which a year is long past. */
const LONG_PAST = 10;
/** Days between two publications beyond which a link needs more than the usual evidence. */
const PUBLISHED_APART = 10;

export interface FigureCluster {
  readonly members: readonly FigureClaim[];
  /** Why the members were linked, in words. */
  readonly reason: string;
}

const ranges = new Map<string, ReturnType<typeof rangeOf>>();
/** A date's range, computed once per value. */
function dateRange(value: string): ReturnType<typeof rangeOf> {
  let r = ranges.get(value);
  if (r === undefined) {
    r = rangeOf(value);
    if (ranges.size > 100_000) ranges.clear();
    ranges.set(value, r);
  }
  return r;
}

/** A name as linking compares it: accents folded, each word singular ("Conservatives" ~ "Conservative"). */
const nameKey = (s: string) => foldAccents(s).split(/\s+/).map(lemma).join(' ');

/** "Labour" names what "Labour Party" names: one is the other's first words. */
function sameName(a: string, b: string): boolean {
  return a === b || (a.length < b.length ? b.startsWith(`${a} `) : a.startsWith(`${b} `));
}

const unitOf = (f: FigureClaim) => (f.mention.kind === 'quantity' ? f.mention.unit : null);

function numberOf(f: FigureClaim): number | null {
  const m = f.mention;
  if (m.kind !== 'quantity') return null;
  return m.value ?? m.min ?? m.max;
}


/**
 * A figure's clock time, its day counted only when its own words give one: a bare "20:11" took its
 * day from its report or a nearby sentence, which may not be the day of what it times.
 */
export function clockOf(f: FigureClaim): Clock {
  const m = f.mention;
  const value = m.kind === 'time' ? m.value : '';
  return { value, dayless: !givesItsDay(m.text) };
}

/**
 * How far from its value a clock time told as rounded or as a bound may fall: as far as its own
 * rounding reaches ("around 7.30am" a quarter hour, "about 7:11 p.m." two minutes); 0 for an exact time.
 */
function roundedReach(f: FigureClaim): number {
  if ((f.wording ?? 'exact') === 'exact' || f.mention.kind !== 'time') return 0;
  const minutes = Number(/T\d{2}:(\d{2})/.exec(f.mention.value)?.[1] ?? NaN);
  if (Number.isNaN(minutes)) return 0;
  const step = ROUNDING_STEPS.find(([every]) => minutes % every === 0)?.[1] ?? 2;
  return step * 60_000;
}

/** Minutes a rounded time may be off, by the step it is rounded to: on the half hour 15, on ten minutes 5, on five 3. */
const ROUNDING_STEPS: readonly [number, number][] = [[30, 15], [10, 5], [5, 3]];

/**
 * Two figures' values can both be true of one thing: equal, or differing only in precision or bound
 * ("more than 50" and 56, "about 60%" and 59.9%, a day and a month holding it).
 */
function compatible(a: FigureClaim, b: FigureClaim): boolean {
  const x = a.mention;
  const y = b.mention;
  if (x.kind === 'quantity' && y.kind === 'quantity') {
    return intersect([countInterval(countData(x)), countInterval(countData(y))]) !== null;
  }
  if (x.kind === 'time' && y.kind === 'time') {
    // Equal values always can (a duration has no range: "one year" and "um ano" are one length).
    if (x.value === y.value) return true;
    if (instant(x.value) !== null && instant(y.value) !== null) {
      // "around 7.30am" and "7.36": a time told as rounded or as a bound may be an exact one minutes from it.
      if (sameMoment(clockOf(a), clockOf(b)) !== null) return true;
      const reach = Math.max(roundedReach(a), roundedReach(b));
      return reach > 0 && nearMoment(clockOf(a), clockOf(b), reach);
    }
    const rx = dateRange(x.value.slice(0, 10));
    const ry = dateRange(y.value.slice(0, 10));
    return !!rx && !!ry && rx.start < ry.end && ry.start < rx.end;
  }
  return false;
}

/**
 * Two reports rarely give nearly one number by chance (33.8% and 33.7%, a majority of 174 and 176,
 * a magnitude of 7.7 and 7.8):
 * told of one thing, they are one figure in conflict or rounded, which merges like agreeing values.
 */
function nearly(a: FigureClaim, b: FigureClaim): boolean {
  const x = numberOf(a);
  const y = numberOf(b);
  if (x === null || y === null || x === y || a.mention.kind !== 'quantity' || b.mention.kind !== 'quantity' || a.mention.unit !== b.mention.unit) return false;
  return Math.min(x, y) > 0 && Math.max(x, y) / Math.min(x, y) <= (isReading(a.mention.unit) ? NEAR_READING : NEAR_RATIO);
}

/** Values that may stand in one fact without the close agreement differing values need. */
const alike = (a: FigureClaim, b: FigureClaim) => compatible(a, b) || nearly(a, b);

interface Scored { score: number; why: string[] }

/** What a story's figures tell about its words and measures, for scoring pairs of them. */
export interface StoryStats {
  /** Inverse report frequency of each context word. */
  readonly idf: ReadonlyMap<string, number>;
  /** Amounts whose unit the story's reports give seldom. */
  readonly rare: ReadonlySet<string>;
  /** Roles the story's reports give seldom. */
  readonly rareRoles: ReadonlySet<string>;
  /** What the story's reports count seldom (planes in a story of people). */
  readonly rareHeads: ReadonlySet<string>;
  /** Roles whose figures run (tolls). */
  readonly running: ReadonlySet<string>;
}

/** How well two figures of different reports say the same thing; -Infinity when they cannot. */
export function similarity(a: FigureClaim, b: FigureClaim, { idf, rare, rareRoles, rareHeads, running }: StoryStats): Scored {
  if (a.measure !== b.measure || (a.group && b.group && a.group !== b.group) || (a.bound && b.bound && a.bound !== b.bound)) return { score: -Infinity, why: [] };
  const why: string[] = [];
  let score = 0;
  if (rare.has(a.measure)) { score += 1; why.push(`both in ${a.measure.slice('amount:'.length)}`); }
  // A measurement in a role each report gives once (the depth of a quake) is one figure however its value
  // differs; shares and sums of money are of too many wholes for that.
  if (a.role && a.role === b.role && rareRoles.has(a.role) && MEASURED.test(a.measure)) { score += 1; why.push(`the one ${a.role} each gives`); }
  // So is a count, in no two roles, of what each report counts once ("two planes", "três aviões").
  if (a.measure === 'count' && a.head && a.head === b.head && rareHeads.has(a.head) && (a.role ?? b.role) === (b.role ?? a.role)) { score += 1; why.push(`the one count of ${a.head} each gives`); }
  // Ranges are seldom given: two of them, end for end, are likely one estimate.
  if (a.bound && a.bound === b.bound) { score += 1; why.push(`both the ${a.bound} end of a range`); }
  score += countedTerm(a, b, why);
  const names = namesTerm(a, b, why);
  if (names === -Infinity) return { score: -Infinity, why: [] };
  score += names + wordsTerm(a, b, idf, why) + valueTerm(a, b, why, !!a.role && a.role === b.role && running.has(a.role)) + momentTerm(a, b);
  return { score, why };
}

/** Pairs of roles that reports give one figure in turn (roles.json `kindred`), each as "a|b". */
const kindred = () => fromLexicons('kindred-roles', () => {
  const pairs = new Set<string>();
  for (const group of lexicon<{ kindred?: readonly (readonly string[])[] }>('roles').kindred ?? []) {
    for (const a of group) for (const b of group) if (a !== b) pairs.add(`${a}|${b}`);
  }
  return pairs;
});

/** What the two count and in what role: the named group, the head noun, the role. */
function countedTerm(a: FigureClaim, b: FigureClaim, why: string[]): number {
  let score = 0;
  if (a.group && b.group) { score += 2; why.push(`both count ${a.group}`); }
  if (a.head && b.head) {
    if (a.head === b.head) { score += 2; why.push(`both count ${a.head}`); }
    else if (isPeopleLike(a.head) && isPeopleLike(b.head)) score += 0.5;
    else score -= 2;
  }
  if (a.role && b.role) {
    if (a.role === b.role) { score += 2; why.push(`same role (${a.role})`); }
    // Roles reports tell together ("destroyed or damaged") do not tell two figures apart.
    else if (kindred().has(`${a.role}|${b.role}`)) why.push(`kindred roles (${a.role}, ${b.role})`);
    // A date or time takes its role from anywhere in its sentence, which may name another happening of one
    // event; the day a source spoke stays apart.
    else score -= (a.measure === 'date' || a.measure === 'time') && a.role !== STATEMENT && b.role !== STATEMENT ? DATE_ROLES_APART : 1.5;
  }
  // The dead on board and those on the ground, or either and the whole toll, are different counts.
  if ((a.part ?? null) !== (b.part ?? null)) score -= PART_APART;
  return score;
}

/** The names the two are about, and the one nearest each; -Infinity when they name two things apart. */
function namesTerm(a: FigureClaim, b: FigureClaim, why: string[]): number {
  let score = 0;
  // The names nearest each figure ("410 seats for Labour", "131 for the Conservatives") tell two figures of one sentence apart.
  // A date or time takes the nearest name of its whole sentence, which tells no two moments apart.
  if (a.subject && b.subject && a.subject !== b.subject && !MOMENTS.has(a.measure) && !sameName(nameKey(a.subject), nameKey(b.subject))) {
    // Two different counts nearest two different names are two figures, beyond doubt when each sentence names both.
    const mutual = a.about.includes(b.subject) && b.about.includes(a.subject);
    const differ = a.mention.kind === 'quantity' && !alike(a, b) && (a.subjectType !== 'place' || b.subjectType !== 'place');
    if (mutual && differ) return -Infinity;
    if (mutual || differ) score -= mutual ? 2 : 3;
  }
  const bAbout = b.about.map(nameKey);
  const shared = a.about.filter((x) => { const k = nameKey(x); return bAbout.some((y) => sameName(k, y)); });
  if (shared.length) { score += 1.5 * Math.min(shared.length, 2); why.push(`about ${shared.slice(0, 2).join(', ')}`); }
  // A date, time or year reads its whole sentence, whose names say less about it than a figure's clause does.
  else if (a.about.length && b.about.length && !MOMENTS.has(a.measure)) score -= 1;
  return score;
}

/** The words around the two, weighed by how few reports use them (cosine over inverse report frequency). */
function wordsTerm(a: FigureClaim, b: FigureClaim, idf: ReadonlyMap<string, number>, why: string[]): number {
  const bContext = new Set(b.context);
  let both = 0;
  let na = 0;
  let nb = 0;
  const common: string[] = [];
  for (const w of a.context) {
    const x = idf.get(w) ?? 0;
    na += x * x;
    if (bContext.has(w)) { both += x * x; common.push(w); }
  }
  for (const w of b.context) nb += (idf.get(w) ?? 0) ** 2;
  if (both > 0) {
    why.push(`words ${common.slice(0, 3).join(', ')}`);
    return (3 * both) / Math.sqrt(na * nb);
  }
  if (a.language && b.language && a.language !== b.language && a.context.length && b.context.length && alike(a, b)) {
    // Words of two languages meet only where the lexicon gives their shared form: that they do not is
    // no evidence against two like values, which it takes to disagree.
    why.push('told in two languages');
    return OTHER_LANGUAGE;
  }
  return 0;
}

/** Days between two as-of times, or null when either is unknown. */
function daysApart(a: string | null, b: string | null): number | null {
  const ra = a ? dateRange(a.slice(0, 10)) : null;
  const rb = b ? dateRange(b.slice(0, 10)) : null;
  return ra && rb ? Math.max(0, ra.start - rb.end, rb.start - ra.end) / DAY : null;
}

/**
 * Figures the text dates to moments days apart are about different happenings ("17 last night" on
 * 30 March, "21 last night" on 15 March); reports weeks apart rarely restate one figure, so they
 * need more to be linked.
 */
function momentTerm(a: FigureClaim, b: FigureClaim): number {
  const d = daysApart(a.asOf, b.asOf);
  if (d === null) return 0;
  if (a.asOfStated && b.asOfStated) return d > STATED_APART ? -3 : 0;
  // "the 418 won in 1997" against this week's figures: another time altogether.
  if (a.asOfStated || b.asOfStated) return d > OTHER_TIME ? -3 : 0;
  return d > PUBLISHED_APART ? -1 : 0;
}

/** Significant digits of a number as written in full: 2 for 44,000,000, 3 for 125 and 59.9, 1 for 20 and 500. */
function significantDigits(x: number): number {
  return String(Math.abs(x)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
}

/** Whether of two values the larger was given on a later day than the smaller. */
function grewLater(a: FigureClaim, b: FigureClaim, x: number, y: number): boolean {
  const [small, large] = x < y ? [a, b] : [b, a];
  return !!small.asOf && !!large.asOf && large.asOf.slice(0, 10) > small.asOf.slice(0, 10);
}

/** A small pull for equal values and a push for far ones: a tie-breaker, never the reason alone. */
function valueTerm(a: FigureClaim, b: FigureClaim, why: string[], runs: boolean): number {
  const x = numberOf(a);
  const y = numberOf(b);
  if (x !== null && y !== null) {
    // A figure of two or more significant digits (125, $44m, 5,171) is rarely given twice by chance.
    if (x === y) {
      why.push('same value');
      const digits = significantDigits(x);
      return digits >= 3 ? 2.5 : digits >= 2 ? 2 : 1;
    }
    const r = Math.max(x, y) / Math.max(Math.min(x, y), 1e-9);
    // Readings on a named scale nearly alike (magnitudes of 6.7 and 6.8) are one event measured twice, as
    // good as one value.
    if (nearly(a, b)) { why.push('nearly the same value'); return isReading(unitOf(a)) ? 2 : 1; }
    // Shares of one whole rarely differ by half again (33.8% and 33.7%, not 59.4% and 23.7%).
    if (a.measure === 'amount:%') return r > 1.5 ? -2.5 : 0;
    // A running figure (a toll) may grow tenfold in days: far values of one say less against it, when the
    // larger was given later.
    if (runs && r > FAR_RATIO) return grewLater(a, b, x, y) ? -0.5 : -1.5;
    if (runs) return 0;
    return r > FAR_RATIO ? -1.5 : r > 2 ? -0.5 : 0;
  }
  const va = a.mention.kind === 'time' ? a.mention.value : null;
  const vb = b.mention.kind === 'time' ? b.mention.value : null;
  if (!va || !vb) return 0;
  if (a.measure === 'time') {
    const ia = instant(va);
    const ib = instant(vb);
    if (ia === null || ib === null) return 0;
    // One minute of one day named by two reports is one moment; a time on the hour is commoner, and
    // one whose zone is not given may be that moment in another zone.
    const onHour = new Date(ia).getUTCMinutes() === 0;
    const same = sameMoment(clockOf(a), clockOf(b));
    if (same) { why.push('same moment'); return (onHour ? 2.5 : 4) - (same === 'zone' ? 0.5 : 0); }
    // Apart as a clock reads them: a bare "8.11pm" took its day from elsewhere.
    if ((msApart(clockOf(a), clockOf(b)) ?? Infinity) <= NEAR_MOMENT) { why.push('moments minutes apart'); return 1.5; }
    return 0;
  }
  if (va === vb) {
    why.push('same value');
    // A year long past ("a law of 1798") is seldom named by two reports of one story for two things.
    return a.measure === 'year' && yearsBefore(va, a.asOf) >= LONG_PAST ? 2.5 : 1.5;
  }
  if (a.measure === 'date') {
    // "Sunday" and "Sunday evening": one day, one told more closely.
    if (va.slice(0, 10) === vb.slice(0, 10) && /^\d{4}-\d{2}-\d{2}$/.test(va.slice(0, 10))) { why.push('same day'); return 1; }
    const ra = dateRange(va.slice(0, 10));
    const rb = dateRange(vb.slice(0, 10));
    if (ra && rb && (ra.start - rb.end > 3 * DAY || rb.start - ra.end > 3 * DAY)) return -1.5;
  }
  if (a.measure === 'duration') {
    // Lengths as numbers: "78 minutes" and "about 80 minutes" are nearly one length; an hour and a half is near too.
    const x = durationSeconds(va);
    const y = durationSeconds(vb);
    if (x === null || y === null || x === 0 || y === 0) return -0.5;
    const r = Math.max(x, y) / Math.min(x, y);
    if (r <= NEAR_LENGTH) { why.push('nearly the same length'); return 1; }
    return r > 2 ? -1.5 : -0.5;
  }
  return 0;
}

/** Years from a year value to the year of `asOf`; 0 when either is unknown. */
function yearsBefore(year: string, asOf: string | null): number {
  return /^\d{4}$/.test(year) && asOf ? Number(asOf.slice(0, 4)) - Number(year) : 0;
}

/** Inverse report frequency of each context word over the figures of one story. */
function idfOf(figures: readonly FigureClaim[]): Map<string, number> {
  // Reports per word, counted as each report's figures pass (they come report by report).
  const df = new Map<string, number>();
  const lastReport = new Map<string, string>();
  const reports = new Set<string>();
  for (const f of figures) {
    reports.add(f.report);
    for (const w of f.context) {
      if (lastReport.get(w) === f.report) continue;
      lastReport.set(w, f.report);
      df.set(w, (df.get(w) ?? 0) + 1);
    }
  }
  const n = reports.size;
  const idf = new Map<string, number>();
  for (const [w, count] of df) idf.set(w, Math.log(1 + n / count));
  return idf;
}

/** Figures per report below which a unit is rare in a story: a quake has one magnitude or two, not one per sentence. */
const RARE_UNIT = 1.5;

/**
 * The amounts whose unit a story's reports give seldom (a magnitude, a depth in km), and the roles they
 * give seldom (a depth, a capacity), so that sharing one says something.
 */
function rareIn(figures: readonly FigureClaim[], keyOf: (f: FigureClaim) => string | null): Set<string> {
  const count = new Map<string, { n: number; reports: Set<string> }>();
  for (const f of figures) {
    const k = keyOf(f);
    if (k === null) continue;
    const c = count.get(k) ?? count.set(k, { n: 0, reports: new Set() }).get(k)!;
    c.n++;
    c.reports.add(f.report);
  }
  return new Set([...count].filter(([, c]) => c.reports.size > 1 && c.n / c.reports.size <= RARE_UNIT).map(([k]) => k));
}

/** Blocking keys: figures that share none are never compared. */
function keysOf(f: FigureClaim): string[] {
  const keys: string[] = [];
  if (f.head) keys.push(`h:${f.head}`);
  if (f.role) keys.push(`r:${f.role}`);
  for (const a of f.about) keys.push(`a:${nameKey(a).split(' ')[0]}`);
  for (const w of f.context) keys.push(`w:${w}`);
  // The same value proposes a pair ("18:11 GMT" and "7:11 p.m."), which the words must then confirm.
  const m = f.mention;
  // A clock time by its minute, whatever its day and hour, so that a moment given in two zones, or
  // whose day was taken from another sentence, meets.
  const clock = m.kind === 'time' ? /T(\d{2}):(\d{2})/.exec(m.value) : null;
  keys.push(`v:${m.kind === 'quantity' ? m.value ?? `${m.min}-${m.max}` : clock ? (clock[2] !== '00' ? `:${clock[2]}` : `${clock[1]}:00`) : m.value}`);
  // Readings on a named scale are few in a story, and two of one event may share no word ("the magnitude
  // 7.1 earthquake", "un sismo de magnitud 6,9"): every two of them are compared.
  if (isReading(unitOf(f))) keys.push('reading');
  return keys.map((k) => `${f.measure}|${k}`);
}

/** What makes two figure claims the same claim repeated (a syndicated copy, a sentence said twice). */
function sameClaimKey(f: FigureClaim): string {
  const m = f.mention;
  const value = m.kind === 'quantity' ? `${m.value}|${m.min}|${m.max}|${m.approx}|${m.unit}` : m.value;
  return [f.measure, f.head, f.group, f.role, f.subject, f.about.join('|'), f.context.join('|'), f.asOf, f.asOfStated, value].join('\u0000');
}

/** A value's class: figures of one class are compatible with each other. */
function valueKey(f: FigureClaim): string {
  const m = f.mention;
  return m.kind === 'quantity' ? `${m.value}|${m.min}|${m.max}|${m.minExclusive}|${m.maxExclusive}|${m.approx}` : m.value;
}

interface Edge { sum: number; differSum: number }

/** A cluster while merging: its figures (as representatives), counts by report and by value, its links to others. */
interface Cluster {
  reps: number[];
  weight: number;
  byReport: Map<string, number[]>;
  reportCount: Map<string, number>;
  values: Map<string, { rep: number; n: number }>;
  groups: Set<string>;
  edges: Map<number, Edge>;
  reasons: string[];
}

/**
 * Clusters the figure claims of one story. Identical claims (copies) are folded first; candidate
 * pairs come from shared blocking keys and are scored; clusters merge best pair first, by average
 * linkage over their pairs of reports (a pair never scored counts as 0, so a merge costs only the
 * pairs that were), and only while they keep a mean of CLUSTER_MEAN. Different values join only when
 * their pairs score DIFFERING_MEAN on average, two values of one report only when they tell a
 * running figure's change, two named groups never.
 */
export function clusterFigures(figures: readonly FigureClaim[], running: ReadonlySet<string>): FigureCluster[] {
  const repOf = new Map<string, number>();
  const reps: number[] = [];
  const copies: number[][] = [];
  figures.forEach((f, i) => {
    const k = sameClaimKey(f);
    const r = repOf.get(k);
    if (r === undefined) { repOf.set(k, reps.length); reps.push(i); copies.push([i]); } else copies[r]!.push(i);
  });
  const stats: StoryStats = { idf: idfOf(figures), rare: rareIn(figures, (f) => (f.measure.startsWith('amount:') ? f.measure : null)),
    rareRoles: rareIn(figures, (f) => f.role), rareHeads: rareIn(figures, (f) => (f.measure === 'count' ? f.head : null)), running };
  const fig = (r: number) => figures[reps[r]!]!;
  const blocks = new Map<string, number[]>();
  reps.forEach((_, r) => { for (const k of keysOf(fig(r))) (blocks.get(k) ?? blocks.set(k, []).get(k)!).push(r); });
  const clusters: Cluster[] = reps.map((_, r) => {
    const byReport = new Map<string, number[]>();
    const reportCount = new Map<string, number>();
    for (const i of copies[r]!) {
      const rep = figures[i]!.report;
      reportCount.set(rep, (reportCount.get(rep) ?? 0) + 1);
      if (!byReport.has(rep)) byReport.set(rep, [r]);
    }
    const f = fig(r);
    return { reps: [r], weight: copies[r]!.length, byReport, reportCount, values: new Map([[valueKey(f), { rep: r, n: copies[r]!.length }]]),
      groups: new Set(f.group ? [f.group] : []), edges: new Map(), reasons: [] };
  });
  const n = reps.length;
  const seen = new Set<number>();
  const why = new Map<number, string[]>();
  const queue: [number, number, number][] = [];
  const top: [number, number][][] = reps.map(() => []);
  /** Keeps `j` among the TOP_PARTNERS best partners of `i`. */
  const best = (i: number, j: number, score: number) => {
    const list = top[i]!;
    if (list.length < TOP_PARTNERS) { list.push([j, score]); return; }
    let worst = 0;
    for (let x = 1; x < list.length; x++) if (list[x]![1] < list[worst]![1]) worst = x;
    if (list[worst]![1] < score) list[worst] = [j, score];
  };
  for (const members of blocks.values()) {
    if (members.length < 2 || members.length > MAX_BLOCK) continue;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const i = members[x]!;
        const j = members[y]!;
        // Two different values of one report meet only through another report's figures: a long report
        // alone is no square of its figures (the same value said twice may still be one fact).
        if (copies[i]!.length === 1 && copies[j]!.length === 1 && fig(i).report === fig(j).report && !compatible(fig(i), fig(j))) continue;
        const k = i < j ? i * n + j : j * n + i;
        if (seen.has(k)) continue;
        seen.add(k);
        const s = similarity(fig(i), fig(j), stats);
        if (s.score === -Infinity) continue;
        const w = copies[i]!.length * copies[j]!.length;
        const e = { sum: s.score * w, differSum: alike(fig(i), fig(j)) ? 0 : s.score * w };
        clusters[i]!.edges.set(j, e);
        clusters[j]!.edges.set(i, { ...e });
        if (s.score >= LINK_SCORE) { best(i, j, s.score); best(j, i, s.score); why.set(k, s.why); }
      }
    }
  }
  // Each figure's best partners only: a thousand reports giving a thousand values cost a thousand short lists, not a million pairs.
  const queued = new Set<number>();
  top.forEach((list, i) => {
    for (const [j, score] of list) {
      const k = i < j ? i * n + j : j * n + i;
      if (!queued.has(k)) { queued.add(k); queue.push([Math.min(i, j), Math.max(i, j), score]); }
    }
  });
  queue.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const parent = reps.map((_, r) => r);
  const find = (r: number): number => (parent[r] === r ? r : (parent[r] = find(parent[r]!)));
  for (const [i, j] of queue) {
    let a = find(i);
    let b = find(j);
    if (a === b) continue;
    if (!mayMerge(clusters, a, b, fig, running, (p, q) => similarity(fig(p), fig(q), stats).score)) continue;
    const A = clusters[a]!;
    const B = clusters[b]!;
    // The larger link map absorbs the smaller.
    if (A.edges.size < B.edges.size) [a, b] = [b, a];
    absorb(clusters, a, b);
    parent[b] = a;
    clusters[a]!.reasons.push(...(why.get(i < j ? i * n + j : j * n + i) ?? []));
  }
  const out: FigureCluster[] = [];
  clusters.forEach((c, r) => {
    if (find(r) !== r) return;
    const list = c.reps.flatMap((x) => copies[x]!).sort((x, y) => x - y).map((k) => figures[k]!);
    const said = mostSaid(c.reasons);
    out.push({ members: list, reason: said.length ? `linked: ${said.join('; ')}` : 'one report gives this figure' });
  });
  return out;
}

/** Whether two clusters may become one fact (see clusterFigures). */
function mayMerge(
  clusters: readonly Cluster[], a: number, b: number, fig: (r: number) => FigureClaim, running: ReadonlySet<string>, score: (p: number, q: number) => number,
): boolean {
  const A = clusters[a]!;
  const B = clusters[b]!;
  for (const g of B.groups) if (A.groups.size && !A.groups.has(g)) return false;
  const [small, large] = A.reportCount.size < B.reportCount.size ? [A, B] : [B, A];
  let sameReport = 0;
  for (const [report, count] of small.reportCount) sameReport += count * (large.reportCount.get(report) ?? 0);
  const edge = A.edges.get(b) ?? { sum: 0, differSum: 0 };
  const pairs = A.weight * B.weight - sameReport;
  if (pairs > 0 && edge.sum / pairs < CLUSTER_MEAN) return false;
  let differing = 0;
  // A running figure (a toll) differs from day to day by nature, so its values need less agreement to differ.
  const runs = (r: number) => running.has(fig(r).role ?? '');
  let allRunning = true;
  for (const x of A.values.values()) {
    for (const y of B.values.values()) {
      if (alike(fig(x.rep), fig(y.rep))) continue;
      differing += x.n * y.n;
      if (!runs(x.rep) || !runs(y.rep)) allRunning = false;
    }
  }
  if (differing && edge.differSum / differing < (allRunning ? RUNNING_DIFFERING_MEAN : DIFFERING_MEAN)) return false;
  // One report giving two values is two facts, unless it tells a running figure's change.
  for (const [report, mine] of small.byReport) {
    const theirs = large.byReport.get(report);
    if (!theirs) continue;
    for (const p of mine) {
      for (const q of theirs) {
        const fp = fig(p);
        const fq = fig(q);
        // ...or tells a dispute: two named sources, two figures ("32,000, according to police, although organisers said 85,000").
        const dispute = fp.sentence.start === fq.sentence.start && !running.has(fp.role ?? '') && fp.attributedTo !== null && fq.attributedTo !== null && fp.attributedTo !== fq.attributedTo;
        // ...or gives two agencies' readings of one happening ("the USGS said 7.6 ... Varn's agency put it at 7.8").
        const readings = isReading(unitOf(fp)) && fp.sentence.start !== fq.sentence.start && nearly(fp, fq);
        // A running figure's change in one report ("rose from 92 to 155") is two values of one figure that agree on all but the value.
        const change = fp.sentence.start !== fq.sentence.start && running.has(fp.role ?? '') && fp.role === fq.role && score(p, q) >= DIFFERING_MEAN;
        if (!compatible(fp, fq) && !dispute && !change && !readings) return false;
      }
    }
  }
  return true;
}

/** Cluster `b` joins cluster `a`: its figures, counts and links, every other cluster's link to `b` now to `a`. */
function absorb(clusters: Cluster[], a: number, b: number): void {
  const A = clusters[a]!;
  const B = clusters[b]!;
  A.reps.push(...B.reps);
  A.weight += B.weight;
  for (const [report, reps] of B.byReport) (A.byReport.get(report) ?? A.byReport.set(report, []).get(report)!).push(...reps);
  for (const [report, count] of B.reportCount) A.reportCount.set(report, (A.reportCount.get(report) ?? 0) + count);
  for (const [k, v] of B.values) {
    const had = A.values.get(k);
    if (had) had.n += v.n;
    else A.values.set(k, { ...v });
  }
  for (const g of B.groups) A.groups.add(g);
  A.reasons.push(...B.reasons);
  A.edges.delete(b);
  for (const [c, e] of B.edges) {
    if (c === a) continue;
    const mine = A.edges.get(c);
    if (mine) { mine.sum += e.sum; mine.differSum += e.differSum; } else A.edges.set(c, { ...e });
    const theirs = clusters[c]!.edges;
    const toB = theirs.get(b)!;
    theirs.delete(b);
    const toA = theirs.get(a);
    if (toA) { toA.sum += toB.sum; toA.differSum += toB.differSum; } else theirs.set(a, toB);
  }
  B.edges.clear();
}

/** The reasons said most often, at most three. */
function mostSaid(reasons: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([r]) => r);
}
