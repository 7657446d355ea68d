/**
 * Values as intervals: exact counts are points, bounds open or closed rays,
 * approximations widened; dates cover their granularity.
 */
import type { FactValueData } from '../model/story.js';

export interface Interval { readonly lo: number; readonly hi: number; readonly loOpen: boolean; readonly hiOpen: boolean }

/** "about 300" is taken as ±10%: wide enough for rounding, narrow enough to tell 300 from 400. */
const APPROX = 0.1;

export function countInterval(d: Extract<FactValueData, { type: 'count' }>): Interval {
  if (d.value !== null) {
    if (d.approx) return { lo: d.value * (1 - APPROX), hi: d.value * (1 + APPROX), loOpen: false, hiOpen: false };
    // An exact number stands for whatever rounds to it as written: "11 per cent" holds 11.1%, 418 not 419.
    const half = (d.step ?? 0) / 2;
    return { lo: d.value - half, hi: d.value + half, loOpen: false, hiOpen: half > 0 };
  }
  return { lo: d.min ?? -Infinity, hi: d.max ?? Infinity, loOpen: d.minExclusive, hiOpen: d.maxExclusive };
}

/** The common part of intervals, or null when they share no point. */
export function intersect(a: readonly Interval[]): Interval | null {
  let cur: Interval = { lo: -Infinity, hi: Infinity, loOpen: false, hiOpen: false };
  for (const i of a) {
    const lo = i.lo > cur.lo ? i.lo : cur.lo;
    const loOpen = i.lo > cur.lo ? i.loOpen : i.lo < cur.lo ? cur.loOpen : i.loOpen || cur.loOpen;
    const hi = i.hi < cur.hi ? i.hi : cur.hi;
    const hiOpen = i.hi < cur.hi ? i.hiOpen : i.hi > cur.hi ? cur.hiOpen : i.hiOpen || cur.hiOpen;
    cur = { lo, hi, loOpen, hiOpen };
    if (lo > hi || (lo === hi && (loOpen || hiOpen))) return null;
  }
  return cur;
}

/** Day range [start, end) in ms covered by a TIMEX3 date value, or null when it is not a calendar date. */
export function dateRange(value: string): { start: number; end: number } | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(T.*)?$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    if (m[3]) {
      const s = Date.UTC(y, Number(m[2]) - 1, Number(m[3]));
      return { start: s, end: s + 86400000 };
    }
    if (m[2]) return { start: Date.UTC(y, Number(m[2]) - 1, 1), end: Date.UTC(y, Number(m[2]), 1) };
    return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) };
  }
  // A decade (179: the 1790s) or a century (17: the 1700s).
  const coarse = /^(\d{2,3})$/.exec(value);
  if (coarse) {
    const size = 10 ** (4 - coarse[1]!.length);
    const y = Number(coarse[1]) * size;
    return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + size, 0, 1) };
  }
  const w = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (w) {
    const jan4 = Date.UTC(Number(w[1]), 0, 4);
    const monday = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * 86400000) + (Number(w[2]) - 1) * 7 * 86400000;
    return w[3] ? { start: monday + 5 * 86400000, end: monday + 7 * 86400000 } : { start: monday, end: monday + 7 * 86400000 };
  }
  return null;
}

/** Milliseconds of a TIMEX3 clock time (`2025-03-15T19:11`, with its offset when it has one; none reads as UTC). */
export function instantOf(value: string): number | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?$/.exec(value);
  return m ? Date.parse(`${m[1]}T${m[2]}:${m[3]}:00${m[4] ?? 'Z'}`) : null;
}

const HOUR = 3_600_000;
const DAY_MS = 24 * HOUR;

/** A clock time as two values compare it: its TIMEX3 value, and whether its day was only implied (a bare "20:11"). */
export interface Clock { readonly value: string; readonly dayless: boolean }

/** How far apart two clock times are, in milliseconds (within a day when either is bare); null when either is no clock time. */
export function msApart(a: Clock, b: Clock): number | null {
  const ia = instantOf(a.value);
  const ib = instantOf(b.value);
  if (ia === null || ib === null) return null;
  const apart = Math.abs(ia - ib);
  return a.dayless || b.dayless ? Math.min(apart % DAY_MS, DAY_MS - (apart % DAY_MS)) : apart;
}

/** Whether a clock time gives its zone ("18:11Z", "19:11+01:00"). */
const zoned = (c: Clock) => /(?:Z|[+-]\d{2}:\d{2})$/.test(c.value);

/**
 * Whether two clock times name one moment: `exact` for one instant, `zone` when only one gives a
 * zone and they differ by a zone's offset (7:11 p.m. in Belgrade and 18:11 GMT; 1:39 p.m. in India and
 * 0809 GMT), else null. A bare clock time took its day from its report's date, so against it only the
 * time of day counts.
 */
export function sameMoment(a: Clock, b: Clock): 'exact' | 'zone' | null {
  const apart = msApart(a, b);
  if (apart === null) return null;
  if (apart === 0) return 'exact';
  const minutes = apart / 60_000;
  const anOffset = minutes % 60 === 0 || PART_HOUR_OFFSETS.has(minutes) || ((a.dayless || b.dayless) && PART_HOUR_OFFSETS.has(1440 - minutes));
  return zoned(a) !== zoned(b) && anOffset && apart <= 14 * HOUR ? 'zone' : null;
}

/**
 * How far apart two clock times are once a zone's offset is allowed for when only one gives a zone
 * ("about 7:40 a.m." in Lima and "1242 GMT" are 2 minutes apart), in milliseconds; null when either
 * is no clock time.
 */
export function offsetApart(a: Clock, b: Clock): number | null {
  const apart = msApart(a, b);
  if (apart === null) return null;
  if (zoned(a) === zoned(b)) return apart;
  const minutes = apart / 60_000;
  let least = apart;
  for (const o of ZONE_OFFSETS) {
    least = Math.min(least, Math.abs(minutes - o) * 60_000);
    if (a.dayless || b.dayless) least = Math.min(least, Math.abs(1440 - minutes - o) * 60_000);
  }
  return least;
}

/** Whether two clock times may name one moment when one of them is rounded to within `reach`. */
export function nearMoment(a: Clock, b: Clock, reach: number): boolean {
  return (offsetApart(a, b) ?? Infinity) <= reach;
}

/** The zone offsets in use that are no whole hours, in minutes either way (India's 5:30, Nepal's 5:45, Newfoundland's -3:30...). */
const PART_HOUR_OFFSETS: ReadonlySet<number> = new Set([210, 270, 330, 345, 390, 525, 570, 630, 765]);
/** Every zone offset in use, in minutes either way: whole hours up to 14, and the part-hour ones. */
const ZONE_OFFSETS: readonly number[] = [...Array.from({ length: 15 }, (_, h) => h * 60), ...PART_HOUR_OFFSETS];

const DURATION = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
/** Seconds in each part of a TIMEX3 duration, in its order (a year of 365 days, a month of 30). */
const PART_SECONDS = [365 * 86_400, 30 * 86_400, 7 * 86_400, 86_400, 3600, 60, 1];

/** A TIMEX3 duration's length in seconds ("PT1H30M" → 5400), or null when it gives no number ("PXY"). */
export function durationSeconds(value: string): number | null {
  const m = DURATION.exec(value);
  if (!m || value === 'P' || value === 'PT') return null;
  let total = 0;
  PART_SECONDS.forEach((s, i) => { if (m[i + 1]) total += Number(m[i + 1]) * s; });
  return total;
}
