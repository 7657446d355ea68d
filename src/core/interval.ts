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
    return d.approx ? { lo: d.value * (1 - APPROX), hi: d.value * (1 + APPROX), loOpen: false, hiOpen: false } : { lo: d.value, hi: d.value, loOpen: false, hiOpen: false };
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
  const w = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (w) {
    const jan4 = Date.UTC(Number(w[1]), 0, 4);
    const monday = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * 86400000) + (Number(w[2]) - 1) * 7 * 86400000;
    return w[3] ? { start: monday + 5 * 86400000, end: monday + 7 * 86400000 } : { start: monday, end: monday + 7 * 86400000 };
  }
  return null;
}
