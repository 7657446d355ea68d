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
const LETTER = /^\p{L}$/u;

/** A node of the function words' trie, keyed by the lower-cased code points that lead to it. */
interface WordNode {
  readonly next: Map<number, WordNode>;
  /** Set where a profile word ends: the languages it belongs to, each weighted by 1 / (how many share it). */
  owners?: readonly (readonly [string, number])[];
}

/**
 * The profiles as a trie of their words. Read letter by letter, the body's words need no string of
 * their own: slicing, lower-casing and hashing each word of the sample was most of the detector's time.
 */
function wordTrie(): WordNode {
  return fromLexicons('language-trie', () => {
    const profiles = lexicon<Record<string, string[]>>('language-profiles');
    const owners = new Map<string, string[]>();
    for (const [lang, words] of Object.entries(profiles)) {
      for (const w of new Set(words.map((x) => x.toLowerCase()))) owners.set(w, [...(owners.get(w) ?? []), lang]);
    }
    const root: WordNode = { next: new Map() };
    for (const [word, langs] of owners) {
      let node = root;
      for (const ch of word) {
        const cp = ch.codePointAt(0)!;
        let child = node.next.get(cp);
        if (!child) node.next.set(cp, child = { next: new Map() });
        node = child;
      }
      node.owners = langs.map((l) => [l, 1 / langs.length] as const);
    }
    return root;
  });
}

const lowered = new Map<string, string>();
const letters = new Map<number, boolean>();

/** `unit` lower-cased as String.prototype.toLowerCase does it (one character may become two: "İ"). */
function lowerOf(unit: string): string {
  let l = lowered.get(unit);
  if (l === undefined) lowered.set(unit, l = unit.toLowerCase());
  return l;
}

function isLetter(cp: number): boolean {
  let yes = letters.get(cp);
  if (yes === undefined) letters.set(cp, yes = LETTER.test(String.fromCodePoint(cp)));
  return yes;
}

/**
 * The trie position after the lower-cased code point `cp`, given the one before it: null between
 * words, undefined inside a word no profile holds. A word's end adds its owners' weights to `score`.
 */
function walk(root: WordNode, at: WordNode | undefined | null, cp: number, score: Map<string, number>): WordNode | undefined | null {
  if (cp < 128 ? cp >= 97 && cp <= 122 : isLetter(cp)) return (at === null ? root : at)?.next.get(cp);
  if (at?.owners) for (const [lang, w] of at.owners) score.set(lang, (score.get(lang) ?? 0) + w);
  return null;
}

/** A detection: the ISO 639-1 code and its score against the runner-up's, or null when the text does not decide. */
export interface Detected { readonly language: string; readonly score: number; readonly runnerUp: number }

/**
 * Detects the language of `text` from its function words; null when too few or too evenly shared to
 * decide. The words are the runs of letters (`\p{L}`) of the lower-cased sample, each walked down the
 * trie as it is read.
 */
export function detectLanguage(text: string): Detected | null {
  const root = wordTrie();
  const score = new Map<string, number>();
  const end = Math.min(text.length, SAMPLE_CHARS);
  let at: WordNode | undefined | null = null;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const lower = c >= 65 && c <= 90 ? c + 32 : c;
      // Inside a word no profile holds, an ASCII letter changes nothing.
      if (at !== undefined || lower < 97 || lower > 122) at = walk(root, at, lower, score);
      continue;
    }
    // A surrogate pair is one character (cut by the sample's end, its first half stands alone).
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    for (const ch of lowerOf(pair ? text.slice(i, i + 2) : text[i]!)) at = walk(root, at, ch.codePointAt(0)!, score);
    if (pair) i++;
  }
  walk(root, at, 32, score);
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
