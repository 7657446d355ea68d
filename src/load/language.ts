/**
 * A report's language: given by its header or sidecar (`language:`), else
 * detected from its body by the function words of each language in
 * `lexicon/language-profiles.json`. The detector is ours: news prose is full of
 * function words, so counting them tells English, Spanish, Portuguese and the
 * neighbours we must not mistake for them (Catalan, French, Italian…) apart
 * at about 40 MB/s, with no model to ship (see the README's dependency table).
 */
import type { LanguageSource, ReportMeta } from '../model/report.js';
import { fromLexicons, lexicon } from '../lexicon/index.js';

/** How much of the body is read: a few hundred words decide, and a bound keeps a 50 MB input fast. */
const SAMPLE_CHARS = 4000;
/** Less function-word weight than this (a headline, a list of names) decide nothing. */
const MIN_SCORE = 2;
/** The winner must lead the runner-up by this factor; Spanish and Catalan share many words. */
const MIN_LEAD = 1.3;
const NOT_LETTERS = /\P{L}+/u;

/** The profiles as one map from a word to the languages it belongs to, each weighted by 1 / (how many share it). */
function weights(): ReadonlyMap<string, readonly (readonly [string, number])[]> {
  return fromLexicons('language-weights', () => {
    const profiles = lexicon<Record<string, string[]>>('language-profiles');
    const owners = new Map<string, string[]>();
    for (const [lang, words] of Object.entries(profiles)) {
      for (const w of new Set(words.map((x) => x.toLowerCase()))) owners.set(w, [...(owners.get(w) ?? []), lang]);
    }
    return new Map([...owners].map(([w, langs]) => [w, langs.map((l) => [l, 1 / langs.length] as const)]));
  });
}

/** A detection: the ISO 639-1 code and its score against the runner-up's, or null when the text does not decide. */
export interface Detected { readonly language: string; readonly score: number; readonly runnerUp: number }

/** Detects the language of `text` from its function words; null when too few or too evenly shared to decide. */
export function detectLanguage(text: string): Detected | null {
  const table = weights();
  const score = new Map<string, number>();
  // The words as the pieces between runs of other characters: one split costs less than a match object per word.
  for (const word of text.slice(0, SAMPLE_CHARS).toLowerCase().split(NOT_LETTERS)) {
    const hit = word ? table.get(word) : undefined;
    if (hit) for (const [lang, w] of hit) score.set(lang, (score.get(lang) ?? 0) + w);
  }
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_SCORE || (second && best[1] < second[1] * MIN_LEAD)) return null;
  return { language: best[0], score: best[1], runnerUp: second?.[1] ?? 0 };
}

/** The language code a header gives ("es", "pt-BR", "Spanish"), as ISO 639-1; an unknown name is kept lower-cased. */
export function normaliseLanguage(given: string): string {
  const v = given.trim().toLowerCase();
  const names = lexicon<Record<string, string>>('language-names');
  return names[v] ?? (/^[a-z]{2}(?:[-_][a-z0-9]+)*$/.test(v) ? v.slice(0, 2) : v);
}

/** Meta with `language` and `languageSource` set: the given language normalised, else the detected one, else none. */
export function withLanguage(meta: ReportMeta, text: string, bodyStart: number): ReportMeta {
  if (meta.language) return { ...meta, language: normaliseLanguage(meta.language), languageSource: 'metadata' };
  const found = detectLanguage(text.slice(bodyStart));
  const source: LanguageSource | null = found ? 'detected' : null;
  return { ...meta, language: found?.language ?? null, languageSource: source };
}
