/**
 * Fact alignment: figure claims of different reports are linked by what they say (what is counted,
 * its role, the names it is about, the words around it, dates close together), with a similarity
 * score and average-link clustering. No fixed event list, and never by value alone: a value only
 * tips a close call, so two reports giving 230 and 242 passengers still meet.
 */
import type { FigureClaim } from '../model/claim.js';
import { isPeopleLike, lemma } from '../claims/figures.js';
import { dateRange } from '../core/interval.js';

/** Score at which two figures of different reports are linked. */
export const LINK_SCORE = 3;
/** Mean score, over every pair of reports, that a merged cluster keeps. */
const CLUSTER_MEAN = 2;
/** Mean score of the pairs of different values a merge brings together: a conflict needs close agreement on what is counted. */
const DIFFERING_MEAN = 4.5;
/** A blocking key shared by more figures than this says too little to compare them all on. */
const MAX_BLOCK = 400;
/** Values further apart than this ratio are rarely one figure told twice ("hundreds" against 17). */
const FAR_RATIO = 5;
const DAY = 86_400_000;
/** Days between two dates the text gives beyond which two figures are of different happenings. */
const STATED_APART = 3;
/** Days between a date the text gives and another report's publication beyond which the figures are of another time. */
const OTHER_TIME = 30;
/** Days between two publications beyond which a link needs more than the usual evidence. */
const PUBLISHED_APART = 10;

export interface FigureCluster {
  readonly members: readonly FigureClaim[];
  /** Why the members were linked, in words. */
  readonly reason: string;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A name as linking compares it: accents folded, each word singular ("Conservatives" ~ "Conservative"). */
const nameKey = (s: string) => fold(s).split(/\s+/).map(lemma).join(' ');

/** "Labour" names what "Labour Party" names: one is the other's first words. */
function sameName(a: string, b: string): boolean {
  return a === b || (a.length < b.length ? b.startsWith(`${a} `) : a.startsWith(`${b} `));
}

function numberOf(f: FigureClaim): number | null {
  const m = f.mention;
  if (m.kind !== 'quantity') return null;
  return m.value ?? m.min ?? m.max;
}

/** Milliseconds of a TIMEX3 date-time, with its offset when it has one. */
function instant(value: string): number | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?/.exec(value);
  if (!m) return null;
  return Date.parse(`${m[1]}T${m[2]}:${m[3]}:00${m[4] ?? 'Z'}`);
}

/** Two figures give the same value: the same number or bounds, the same TIMEX3 value. */
function sameValue(a: FigureClaim, b: FigureClaim): boolean {
  const x = a.mention;
  const y = b.mention;
  if (x.kind === 'quantity' && y.kind === 'quantity') return x.value === y.value && x.min === y.min && x.max === y.max;
  if (x.kind === 'time' && y.kind === 'time') return x.value === y.value || (instant(x.value) !== null && instant(x.value) === instant(y.value));
  return false;
}

interface Scored { score: number; why: string[] }

/** How well two figures of different reports say the same thing; -Infinity when they cannot. */
export function similarity(a: FigureClaim, b: FigureClaim, idf: ReadonlyMap<string, number>): Scored {
  if (a.measure !== b.measure) return { score: -Infinity, why: [] };
  let score = 0;
  const why: string[] = [];
  if (a.group && b.group) {
    if (a.group !== b.group) return { score: -Infinity, why: [] };
    score += 2;
    why.push(`both count ${a.group}`);
  }
  if (a.head && b.head) {
    if (a.head === b.head) { score += 2; why.push(`both count ${a.head}`); }
    else if (isPeopleLike(a.head) && isPeopleLike(b.head)) score += 0.5;
    else score -= 2;
  }
  if (a.role && b.role) {
    if (a.role === b.role) { score += 2; why.push(`same role (${a.role})`); }
    else score -= 1.5;
  }
  // The names nearest each figure ("410 seats for Labour", "131 for the Conservatives") tell two figures of one sentence apart.
  if (a.subject && b.subject && a.subject !== b.subject) {
    const sa = nameKey(a.subject);
    const sb = nameKey(b.subject);
    if (!sameName(sa, sb) && a.about.includes(b.subject) && b.about.includes(a.subject)) score -= 2;
  }
  const bAbout = b.about.map(nameKey);
  const shared = a.about.filter((x) => { const k = nameKey(x); return bAbout.some((y) => sameName(k, y)); });
  if (shared.length) { score += 1.5 * Math.min(shared.length, 2); why.push(`about ${shared.slice(0, 2).join(', ')}`); }
  else if (a.about.length && b.about.length) score -= 1;
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
    score += (3 * both) / Math.sqrt(na * nb);
    why.push(`words ${common.slice(0, 3).join(', ')}`);
  }
  score += valueTerm(a, b, why) + momentTerm(a, b);
  return { score, why };
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

/** A small pull for equal values and a push for far ones: a tie-breaker, never the reason alone. */
function valueTerm(a: FigureClaim, b: FigureClaim, why: string[]): number {
  const x = numberOf(a);
  const y = numberOf(b);
  if (x !== null && y !== null) {
    if (x === y) { why.push('same value'); return 1; }
    const r = Math.max(x, y) / Math.max(Math.min(x, y), 1e-9);
    // Shares of one whole rarely differ by half again (33.8% and 33.7%, not 59.4% and 23.7%).
    if (a.measure === 'amount:%') return r > 1.5 ? -2.5 : 0;
    return r > FAR_RATIO ? -1.5 : r > 2 ? -0.5 : 0;
  }
  const va = a.mention.kind === 'time' ? a.mention.value : null;
  const vb = b.mention.kind === 'time' ? b.mention.value : null;
  if (!va || !vb) return 0;
  if (a.measure === 'time') {
    const ia = instant(va);
    const ib = instant(vb);
    // One minute of one day named by two reports is one moment; a time on the hour is commoner.
    if (ia !== null && ib !== null && ia === ib) { why.push('same moment'); return new Date(ia).getUTCMinutes() === 0 ? 2.5 : 4; }
    if (ia !== null && ib !== null && Math.abs(ia - ib) <= 15 * 60_000) { why.push('moments minutes apart'); return 1.5; }
    return 0;
  }
  if (va === vb) { why.push('same value'); return 1.5; }
  if (a.measure === 'date') {
    const ra = dateRange(va.slice(0, 10));
    const rb = dateRange(vb.slice(0, 10));
    if (ra && rb && (ra.start - rb.end > 3 * DAY || rb.start - ra.end > 3 * DAY)) return -1.5;
  }
  return a.measure === 'duration' ? -0.5 : 0;
}

/** Inverse report frequency of each context word over the figures of one story. */
function idfOf(figures: readonly FigureClaim[]): Map<string, number> {
  const df = new Map<string, Set<string>>();
  const reports = new Set<string>();
  for (const f of figures) {
    reports.add(f.report);
    for (const w of f.context) (df.get(w) ?? df.set(w, new Set()).get(w)!).add(f.report);
  }
  const n = reports.size;
  const idf = new Map<string, number>();
  for (const [w, rs] of df) idf.set(w, Math.log(1 + n / rs.size));
  return idf;
}

/** Blocking keys: figures that share none are never compared. */
function keysOf(f: FigureClaim): string[] {
  const keys: string[] = [];
  if (f.head) keys.push(`h:${f.head}`);
  if (f.role) keys.push(`r:${f.role}`);
  for (const a of f.about) keys.push(`a:${nameKey(a).split(' ')[0]}`);
  for (const w of f.context) keys.push(`w:${w}`);
  return keys.map((k) => `${f.measure}|${k}`);
}

/**
 * Clusters the figure claims of one story: candidate pairs from shared blocking keys, scored, then
 * merged best first while every merged cluster keeps a mean score of CLUSTER_MEAN over its pairs of
 * reports. Two values of one sentence of one report are never one fact.
 */
export function clusterFigures(figures: readonly FigureClaim[], running: ReadonlySet<string>): FigureCluster[] {
  const idf = idfOf(figures);
  const blocks = new Map<string, number[]>();
  figures.forEach((f, i) => { for (const k of keysOf(f)) (blocks.get(k) ?? blocks.set(k, []).get(k)!).push(i); });
  const scored = new Map<number, Scored>();
  const n = figures.length;
  const pairKey = (i: number, j: number) => (i < j ? i * n + j : j * n + i);
  const score = (i: number, j: number): Scored => {
    const k = pairKey(i, j);
    let s = scored.get(k);
    if (!s) {
      s = similarity(figures[i]!, figures[j]!, idf);
      scored.set(k, s);
    }
    return s;
  };
  const candidates: [number, number, number][] = [];
  const seen = new Set<number>();
  for (const members of blocks.values()) {
    if (members.length < 2 || members.length > MAX_BLOCK) continue;
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const i = members[x]!;
        const j = members[y]!;
        if (figures[i]!.report === figures[j]!.report) continue;
        const k = pairKey(i, j);
        if (seen.has(k)) continue;
        seen.add(k);
        const s = score(i, j).score;
        if (s >= LINK_SCORE) candidates.push([i, j, s]);
      }
    }
  }
  candidates.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const clusterOf = figures.map((_, i) => i);
  const members: number[][] = figures.map((_, i) => [i]);
  const reasons: string[][] = figures.map(() => []);
  const find = (i: number): number => (clusterOf[i] === i ? i : (clusterOf[i] = find(clusterOf[i]!)));
  for (const [i, j] of candidates) {
    const a = find(i);
    const b = find(j);
    if (a === b) continue;
    const A = members[a]!;
    const B = members[b]!;
    let total = 0;
    let pairs = 0;
    let clash = false;
    let differTotal = 0;
    let differ = 0;
    for (const p of A) {
      for (const q of B) {
        const fp = figures[p]!;
        const fq = figures[q]!;
        if (fp.report === fq.report) {
          // One report giving two values is two facts, unless it tells a running figure's change.
          if (!sameValue(fp, fq) && (fp.sentence.start === fq.sentence.start || !(running.has(fp.role ?? '') && fp.role === fq.role))) clash = true;
          continue;
        }
        const s = score(p, q).score;
        if (s === -Infinity) clash = true;
        if (!sameValue(fp, fq)) { differ++; differTotal += s; }
        total += s;
        pairs++;
      }
      if (clash) break;
    }
    if (clash || !pairs || total / pairs < CLUSTER_MEAN || (differ && differTotal / differ < DIFFERING_MEAN)) continue;
    clusterOf[b] = a;
    A.push(...B);
    members[b] = [];
    reasons[a]!.push(...reasons[b]!, ...score(i, j).why);
  }
  const out: FigureCluster[] = [];
  figures.forEach((_, i) => {
    if (find(i) !== i) return;
    const list = members[i]!.sort((x, y) => x - y).map((k) => figures[k]!);
    const why = mostSaid(reasons[i]!);
    out.push({ members: list, reason: why.length ? `linked: ${why.join('; ')}` : 'one report gives this figure' });
  });
  return out;
}

/** The reasons said most often, at most three. */
function mostSaid(reasons: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([r]) => r);
}
