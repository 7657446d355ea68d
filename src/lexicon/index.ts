/**
 * Lexicons are data: JSON files beside this module (see README.md here), merged
 * with files of the same name in any `--lexicon` directory a user gives.
 * Arrays are concatenated, objects merged key by key, so users only add.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUNDLED = fileURLToPath(new URL('.', import.meta.url));
const cache = new Map<string, unknown>();
// The sets and built values by lexicon name: a key joined per call ("set:" + name) was built and hashed on every
// lookup, and recognizers look them up per mention.
const sets = new Map<string, ReadonlySet<string>>();
const built = new Map<string, unknown>();
let userDirs: readonly string[] = [];

/** Sets the user lexicon directories (from options) and clears the cache when they change. */
export function setLexiconDirs(dirs: readonly string[]): void {
  if (dirs.length === userDirs.length && dirs.every((d, i) => d === userDirs[i])) return;
  userDirs = [...dirs];
  cache.clear();
  sets.clear();
  built.clear();
}

function merge(base: unknown, extra: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(extra)) return [...base, ...extra];
  if (base && extra && typeof base === 'object' && typeof extra === 'object' && !Array.isArray(base)) {
    const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [k, v] of Object.entries(extra as Record<string, unknown>)) out[k] = k in out ? merge(out[k], v) : v;
    return out;
  }
  return extra;
}

/** Loads lexicon `name` (file `name.json`); the result is cached and frozen. */
export function lexicon<T>(name: string): T {
  const hit = cache.get(name);
  if (hit !== undefined) return hit as T;
  const bundled = join(BUNDLED, `${name}.json`);
  if (!existsSync(bundled)) throw new Error(`lexicon ${name}: no file ${bundled}`);
  let value: unknown = JSON.parse(readFileSync(bundled, 'utf8'));
  for (const dir of userDirs) {
    const file = join(dir, `${name}.json`);
    if (existsSync(file)) value = merge(value, JSON.parse(readFileSync(file, 'utf8')));
  }
  const frozen = Object.freeze(value);
  cache.set(name, frozen);
  return frozen as T;
}

/** A lexicon that is a list of phrases, as a lower-cased set. */
export function phraseSet(name: string): ReadonlySet<string> {
  const hit = sets.get(name);
  if (hit) return hit;
  const set = new Set(lexicon<string[]>(name).map((s) => s.toLowerCase()));
  sets.set(name, set);
  return set;
}

/**
 * A value built from lexicons (a compiled regex, a set) and cached beside them: a new `--lexicon`
 * directory clears it with them, so a long-running server never matches with stale word lists.
 */
export function fromLexicons<T>(name: string, build: () => T): T {
  const hit = built.get(name);
  if (hit !== undefined || built.has(name)) return hit as T;
  const value = build();
  built.set(name, value);
  return value;
}
