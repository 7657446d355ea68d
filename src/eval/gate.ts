/**
 * The eval gate (after trafilatura's eval_gate.py): eval/baseline.json pins
 * F1 floors per kind and fact score, with a fingerprint of the gold corpus.
 * A score below its floor fails; a floor is never lowered without an explicit flag.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { EvalResult } from './run.js';

export interface Floors {
  readonly fingerprint: string;
  /** span+attribute F1 per kind */
  readonly kinds: Readonly<Record<string, number>>;
  readonly facts?: { readonly recall: number; readonly statusAccuracy: number; readonly conflictPrecision: number };
  readonly voiceAccuracy?: number;
  /** Per report language, the share of gold values linked to another report's value of their fact (issue #14). */
  readonly linked?: Readonly<Record<string, number>>;
}

export type Baseline = Record<string, Floors>;

/** The scores of a run, in the shape of a floor entry. */
export function scoresOf(r: EvalResult): Floors {
  const kinds: Record<string, number> = {};
  for (const [k, s] of Object.entries(r.kinds)) kinds[k] = Math.floor(s.attr.f1 * 1000) / 1000;
  const f = r.facts;
  return {
    fingerprint: r.fingerprint,
    kinds,
    ...(r.voice ? { voiceAccuracy: floor3(r.voice.accuracy) } : {}),
    ...(f ? { facts: { recall: floor3(f.recall), statusAccuracy: floor3(f.statusAccuracy), conflictPrecision: floor3(f.conflictPrecision ?? 0) } } : {}),
    ...(f && Object.keys(f.linked).length ? { linked: Object.fromEntries(Object.entries(f.linked).map(([lang, t]) => [lang, floor3(t.values ? t.linked / t.values : 0)])) } : {}),
  };
}

const floor3 = (x: number) => Math.floor(x * 1000) / 1000;

/** Problems with `r` against the floors stored under `name`; empty when the gate passes. */
export function checkGate(baselinePath: string, name: string, r: EvalResult): string[] {
  if (!existsSync(baselinePath)) return [`no baseline file ${baselinePath}`];
  const base = JSON.parse(readFileSync(baselinePath, 'utf8')) as Baseline;
  const floors = base[name];
  if (!floors) return [`${baselinePath} has no floors for "${name}"`];
  const problems: string[] = [];
  if (floors.fingerprint !== r.fingerprint) problems.push(`gold corpus "${name}" changed (fingerprint differs): re-pin with --update-baseline after review`);
  const now = scoresOf(r);
  for (const [k, floor] of Object.entries(floors.kinds)) {
    const got = now.kinds[k] ?? 0;
    if (got < floor) problems.push(`${k} span+attribute F1 ${got.toFixed(3)} is below its floor ${floor.toFixed(3)}`);
  }
  if (floors.facts) {
    const got = now.facts;
    for (const key of ['recall', 'statusAccuracy', 'conflictPrecision'] as const) {
      const v = got?.[key] ?? 0;
      if (v < floors.facts[key]) problems.push(`facts ${key} ${v.toFixed(3)} is below its floor ${floors.facts[key].toFixed(3)}`);
    }
  }
  for (const [lang, floor] of Object.entries(floors.linked ?? {})) {
    const got = now.linked?.[lang] ?? 0;
    if (got < floor) problems.push(`linked share of ${lang} values ${got.toFixed(3)} is below its floor ${floor.toFixed(3)}`);
  }
  if (floors.voiceAccuracy !== undefined && (now.voiceAccuracy ?? 0) < floors.voiceAccuracy) {
    problems.push(`voice accuracy ${(now.voiceAccuracy ?? 0).toFixed(3)} is below its floor ${floors.voiceAccuracy.toFixed(3)}`);
  }
  return problems;
}

/** Pins the run's scores as floors; refuses to lower one unless `allowLower`. */
export function updateBaseline(baselinePath: string, name: string, r: EvalResult, allowLower: boolean): string[] {
  const base: Baseline = existsSync(baselinePath) ? (JSON.parse(readFileSync(baselinePath, 'utf8')) as Baseline) : {};
  const old = base[name];
  const now = scoresOf(r);
  if (old && !allowLower) {
    const lowered = Object.entries(old.kinds).filter(([k, v]) => (now.kinds[k] ?? 0) < v).map(([k]) => k);
    for (const key of ['recall', 'statusAccuracy', 'conflictPrecision'] as const) {
      if (old.facts && (now.facts?.[key] ?? 0) < old.facts[key]) lowered.push(`facts.${key}`);
    }
    if (old.voiceAccuracy !== undefined && (now.voiceAccuracy ?? 0) < old.voiceAccuracy) lowered.push('voiceAccuracy');
    for (const [lang, v] of Object.entries(old.linked ?? {})) if ((now.linked?.[lang] ?? 0) < v) lowered.push(`linked.${lang}`);
    if (lowered.length) return [`would lower the floor of ${lowered.join(', ')}: pass --allow-lower to do so on purpose`];
  }
  base[name] = now;
  writeFileSync(baselinePath, JSON.stringify(base, null, 2) + '\n');
  return [];
}
