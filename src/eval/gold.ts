/**
 * Reads gold files (CONTRACT §3): per-report mention gold and a story's FACTS.json.
 * A malformed file is a RunError (CC201), a gold text absent from its report CC202;
 * a bad file never stops the other files from being scored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { SCORED_KINDS, type ScoredKind } from '../model/mention.js';
import { runError, type RunError } from '../model/errors.js';

export interface GoldMention {
  readonly kind: ScoredKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly attrs: Readonly<Record<string, unknown>>;
}

export interface GoldReport {
  readonly goldPath: string;
  readonly reportPath: string;
  readonly published: string | null;
  readonly kinds: readonly ScoredKind[];
  readonly mentions: readonly GoldMention[];
}

export interface GoldFactValue {
  readonly value: unknown;
  readonly report: string;
  readonly text: string;
  readonly start: number | null;
  readonly end: number | null;
  readonly voice: string | null;
  /** Whether the value is a quotation (the gold gives its words as `quote`). */
  readonly quote: boolean;
}

export interface GoldFact {
  readonly id: string;
  readonly status: string;
  readonly values: readonly GoldFactValue[];
}

const REPORT_EXTENSIONS = ['.txt', '.html', '.htm'];

/** Finds the n-th (1-based) occurrence of `needle` in `hay`, or -1. */
export function nthIndexOf(hay: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = hay.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

function reportPathFor(goldPath: string, declared: unknown): string | null {
  const dir = dirname(goldPath);
  if (typeof declared === 'string' && existsSync(join(dir, basename(declared)))) return join(dir, basename(declared));
  const stem = goldPath.slice(0, -'.gold.json'.length);
  for (const ext of REPORT_EXTENSIONS) if (existsSync(stem + ext)) return stem + ext;
  return null;
}

/** Reads a JSON object that must hold an array under `key`; null, with one CC201 error, otherwise. */
function readArrayHolder(path: string, key: string, schema: string, errors: RunError[]): Record<string, unknown> | null {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    errors.push(runError('CC201', 'eval', path, `not valid JSON (${(e as Error).message.split('\n')[0]})`));
    return null;
  }
  if (!raw || typeof raw !== 'object' || !Array.isArray((raw as Record<string, unknown>)[key])) {
    errors.push(runError('CC201', 'eval', path, `expected an object with a "${key}" array (schema ${schema})`));
    return null;
  }
  return raw as Record<string, unknown>;
}

/** Reads one gold file; `text` is the report's original text (the loader's, so offsets agree). */
export async function readGold(
  goldPath: string, text: (reportPath: string) => Promise<string | null>, errors: RunError[],
): Promise<GoldReport | null> {
  const raw = readArrayHolder(goldPath, 'mentions', 'crosscheck-gold/1', errors);
  if (!raw) return null;
  const g = raw as { report?: unknown; published?: unknown; kinds?: unknown; mentions: unknown[] };
  const reportPath = reportPathFor(goldPath, g.report);
  if (!reportPath) {
    errors.push(runError('CC201', 'eval', goldPath, 'no report beside it (expected NAME.txt or NAME.html)'));
    return null;
  }
  const body = await text(reportPath);
  if (body === null) return null;
  const kinds = Array.isArray(g.kinds)
    ? (g.kinds.filter((k) => (SCORED_KINDS as readonly string[]).includes(k as string)) as ScoredKind[])
    : [...SCORED_KINDS];
  const mentions: GoldMention[] = [];
  g.mentions.forEach((m, i) => {
    const where = `${goldPath} mention ${i + 1}`;
    if (!m || typeof m !== 'object') return void errors.push(runError('CC201', 'eval', where, 'not an object'));
    const { kind, text: t, occurrence, ...rest } = m as Record<string, unknown>;
    if (!(SCORED_KINDS as readonly string[]).includes(kind as string) || typeof t !== 'string' || t.length === 0) {
      return void errors.push(runError('CC201', 'eval', where, 'needs "kind" (time|quantity|quote|entity) and a non-empty "text"'));
    }
    const n = typeof occurrence === 'number' && occurrence >= 1 ? occurrence : 1;
    const start = typeof rest['start'] === 'number' && body.slice(rest['start'] as number, (rest['start'] as number) + t.length) === t
      ? (rest['start'] as number) : nthIndexOf(body, t, n);
    if (start < 0) return void errors.push(runError('CC202', 'eval', where, `text ${JSON.stringify(t.slice(0, 40))} (occurrence ${n}) is not in ${basename(reportPath)}`));
    delete rest['start'];
    delete rest['end'];
    mentions.push({ kind: kind as ScoredKind, start, end: start + t.length, text: t, attrs: rest });
  });
  return {
    goldPath,
    reportPath,
    published: typeof g.published === 'string' ? g.published : null,
    kinds,
    mentions,
  };
}

/** Reads a FACTS.json; null (with a CC201 error) when malformed. */
export function readFacts(path: string, errors: RunError[]): GoldFact[] | null {
  const raw = readArrayHolder(path, 'facts', 'crosscheck-facts/1', errors);
  if (!raw) return null;
  const facts = raw['facts'] as unknown[];
  const out: GoldFact[] = [];
  for (const f of facts as Record<string, unknown>[]) {
    if (!f || typeof f.id !== 'string' || !Array.isArray(f.values)) {
      errors.push(runError('CC201', 'eval', path, 'a fact needs "id" and "values"'));
      continue;
    }
    out.push({
      id: f.id,
      status: String(f.status ?? 'single'),
      values: (f.values as Record<string, unknown>[]).map((v) => ({
        value: v.value,
        report: String(v.report ?? ''),
        text: String(v.text ?? ''),
        start: typeof v.start === 'number' ? v.start : null,
        end: typeof v.end === 'number' ? v.end : null,
        voice: typeof v.voice === 'string' ? v.voice : null,
        quote: typeof v.quote === 'string',
      })),
    });
  }
  return out;
}
