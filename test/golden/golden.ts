// Golden outputs: what `extract` and `analyze` give on a folder, in a stable form a person can review.
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { analyze } from '../../src/pipeline/analyze.js';
import { extractLine } from '../../src/render/extract-line.js';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** The story lexicon a user of the seeds' story would give (`--lexicon`): its gang and prison names. */
export const SEEDS_LEXICON = resolve(ROOT, 'examples', 'lexicons', 'deportation-flights');

/**
 * The golden cases: our examples and our second story in full; the seeds without their text (their
 * words are not ours to commit), read with their story's lexicon.
 */
export const CASES: { slug: string; dir: string; withText: boolean; lexiconDirs?: readonly string[] }[] = [
  { slug: 'examples', dir: resolve(ROOT, 'examples'), withText: true },
  { slug: 'protest', dir: resolve(ROOT, 'test', 'fixtures', 'protest'), withText: true },
  { slug: 'seeds', dir: resolve(ROOT, '..', 'shared', 'corpus', 'seeds'), withText: false, lexiconDirs: [SEEDS_LEXICON] },
];

export const goldenPath = (slug: string) => resolve(ROOT, 'test', 'golden', `${slug}.json`);
export const available = (dir: string) => existsSync(dir);

function strip(value: unknown, withText: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => strip(v, withText));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === 'via') continue;
      if (!withText && ['text', 'counted', 'speakerText', 'label', 'subject', 'title', 'reason', 'cue'].includes(k)) continue;
      out[k] = strip(v, withText);
    }
    return out;
  }
  return value;
}

export async function produce(dir: string, withText: boolean, lexiconDirs: readonly string[] = []): Promise<unknown> {
  const { docs, record, duplicates } = await analyze([dir], { lexiconDirs });
  const sourceName = (s: string) => basename(s);
  const extract = docs.map((d) => extractLine(d, duplicates.get(d.report.id) ?? null))
    .map((l) => ({ ...l, report: { ...l.report, source: sourceName(l.report.source) } }));
  const story = { ...record, reports: record.reports.map((r) => ({ ...r, source: sourceName(r.source) })) };
  return strip({ extract, story }, withText);
}

/** The first difference between two JSON values, with its path. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) return `${path}: expected ${JSON.stringify(b)?.slice(0, 200)}, got ${JSON.stringify(a)?.slice(0, 200)}`;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && typeof a === 'object') {
    const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return a === b ? null : `${path}: expected ${JSON.stringify(b)}, got ${JSON.stringify(a)}`;
}
