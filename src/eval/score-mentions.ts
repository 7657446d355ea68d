/**
 * Mention scoring (CONTRACT §3): per kind, precision/recall/F1 for
 * span-relaxed (overlap), span-strict (identical offsets) and span+attribute
 * (overlap, and the kind's attributes equal, as TempEval-3 scores values).
 * Matching is one-to-one, best overlap first.
 */
import type { ScoredKind } from '../model/mention.js';
import type { MentionJson } from '../model/record.js';
import type { GoldMention } from './gold.js';

export interface Prf { readonly tp: number; readonly fp: number; readonly fn: number; readonly p: number; readonly r: number; readonly f1: number }
/**
 * `unit`, for quantities only: span+attribute with the unit too (the gold's `unit`, null when it gives none),
 * as the quantity benchmarks score "value and unit". Not a contract score: the contract compares values.
 */
export interface KindScore { readonly relaxed: Prf; readonly strict: Prf; readonly attr: Prf; readonly unit?: Prf }

export interface Miss { readonly kind: ScoredKind; readonly report: string; readonly what: 'missed' | 'spurious' | 'wrong-attribute'; readonly detail: string }

/** Tallies across reports before P/R/F1 are computed (micro-average). */
export interface Tally { tp: number; fp: number; fn: number }

export function prf(t: Tally): Prf {
  const p = t.tp + t.fp === 0 ? 0 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 0 : t.tp / (t.tp + t.fn);
  return { ...t, p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const normName = (v: unknown): string => String(v ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Compares the attributes CONTRACT §3 names for the kind. */
export function attributesMatch(kind: ScoredKind, sys: MentionJson, gold: GoldMention): boolean {
  const g = gold.attrs;
  switch (kind) {
    case 'time':
      return sys.kind === 'time' && sys.value === g['value'];
    case 'quantity':
      return sys.kind === 'quantity' && num(sys.value) === num(g['value']) && num(sys.min) === num(g['min']) && num(sys.max) === num(g['max']);
    case 'quote':
      return sys.kind === 'quote' && normName(sys.speaker) === normName(g['speaker']);
    case 'entity':
      return sys.kind === 'entity' && sys.type === g['type'] && normName(sys.canonical) === normName(g['canonical']);
  }
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export interface KindTallies { relaxed: Tally; strict: Tally; attr: Tally; unit: Tally }

export function emptyTallies(): KindTallies {
  return { relaxed: { tp: 0, fp: 0, fn: 0 }, strict: { tp: 0, fp: 0, fn: 0 }, attr: { tp: 0, fp: 0, fn: 0 }, unit: { tp: 0, fp: 0, fn: 0 } };
}

const unitOf = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** Scores one report's mentions of one kind into `t`, recording misses when asked. */
export function scoreKind(
  kind: ScoredKind, sys: readonly MentionJson[], gold: readonly GoldMention[], t: KindTallies, report: string, misses?: Miss[],
): void {
  const s = sys.filter((m) => m.kind === kind);
  const g = gold.filter((m) => m.kind === kind);
  const pairs: { si: number; gi: number; ov: number }[] = [];
  for (let gi = 0; gi < g.length; gi++) {
    for (let si = 0; si < s.length; si++) {
      const ov = overlap(s[si]!, g[gi]!);
      if (ov > 0) pairs.push({ si, gi, ov });
    }
  }
  pairs.sort((a, b) => b.ov - a.ov);
  const usedS = new Set<number>();
  const usedG = new Set<number>();
  let strict = 0;
  let attr = 0;
  let unit = 0;
  for (const { si, gi } of pairs) {
    if (usedS.has(si) || usedG.has(gi)) continue;
    usedS.add(si);
    usedG.add(gi);
    const sm = s[si]!;
    const gm = g[gi]!;
    if (sm.start === gm.start && sm.end === gm.end) strict++;
    if (attributesMatch(kind, sm, gm)) {
      attr++;
      if (sm.kind === 'quantity' && unitOf(sm.unit) === unitOf(gm.attrs['unit'])) unit++;
      else if (sm.kind === 'quantity') misses?.push({ kind, report, what: 'wrong-attribute', detail: `${JSON.stringify(gm.text)} @${gm.start}: gold unit ${JSON.stringify(gm.attrs['unit'] ?? null)} / got ${JSON.stringify(sm.unit)}` });
    } else misses?.push({ kind, report, what: 'wrong-attribute', detail: `${JSON.stringify(gm.text)} @${gm.start}: gold ${JSON.stringify(gm.attrs)} / got ${JSON.stringify(pick(sm))}` });
    if (!(sm.start === gm.start && sm.end === gm.end)) misses?.push({ kind, report, what: 'wrong-attribute', detail: `span ${JSON.stringify(sm.text)} for gold ${JSON.stringify(gm.text)}` });
  }
  const matched = usedG.size;
  t.relaxed.tp += matched; t.relaxed.fp += s.length - matched; t.relaxed.fn += g.length - matched;
  t.strict.tp += strict; t.strict.fp += s.length - strict; t.strict.fn += g.length - strict;
  t.attr.tp += attr; t.attr.fp += s.length - attr; t.attr.fn += g.length - attr;
  t.unit.tp += unit; t.unit.fp += s.length - unit; t.unit.fn += g.length - unit;
  if (misses) {
    g.forEach((m, i) => { if (!usedG.has(i)) misses.push({ kind, report, what: 'missed', detail: `${JSON.stringify(m.text)} @${m.start} ${JSON.stringify(m.attrs)}` }); });
    s.forEach((m, i) => { if (!usedS.has(i)) misses.push({ kind, report, what: 'spurious', detail: `${JSON.stringify(m.text)} @${m.start} ${JSON.stringify(pick(m))}` }); });
  }
}

function pick(m: MentionJson): Record<string, unknown> {
  const { kind: _k, start: _s, end: _e, text: _t, via: _v, ...rest } = m;
  return rest;
}

export function finish(t: KindTallies, kind?: ScoredKind): KindScore {
  return { relaxed: prf(t.relaxed), strict: prf(t.strict), attr: prf(t.attr), ...(kind === 'quantity' ? { unit: prf(t.unit) } : {}) };
}
