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

/** The state inside a word no profile holds; state 0, the trie's root, is between words. */
const DEAD = -1;
const ROOT = 0;

/**
 * The function words' trie as a table of states, keyed by the lower-cased code points that lead to each.
 * A state is a number and a–z a slot of one typed array: following a letter was a Map lookup per
 * letter, most of the detector's time.
 */
interface WordTrie {
  /** The state after a–z: `ascii[state * 26 + (letter - 97)]`, DEAD where no word goes on. */
  readonly ascii: Int32Array;
  /** The state after any other code point, by state. */
  readonly other: readonly ReadonlyMap<number, number>[];
  /** By state, where a profile word ends: the languages it belongs to (indices into `languages`), each weighted by 1 / (how many share it). */
  readonly owners: readonly (readonly number[] | undefined)[];
  readonly languages: readonly string[];
}

/**
 * The profiles as a trie of their words. Read letter by letter, the body's words need no string of
 * their own: slicing, lower-casing and hashing each word of the sample was most of the detector's time.
 */
function wordTrie(): WordTrie {
  return fromLexicons('language-trie', () => {
    const profiles = lexicon<Record<string, string[]>>('language-profiles');
    const owners = new Map<string, string[]>();
    for (const [lang, words] of Object.entries(profiles)) {
      for (const w of new Set(words.map((x) => x.toLowerCase()))) owners.set(w, [...(owners.get(w) ?? []), lang]);
    }
    const ascii: number[] = [];
    const other: Map<number, number>[] = [];
    const ends: (readonly number[] | undefined)[] = [];
    const languages = Object.keys(profiles);
    const newState = () => {
      for (let i = 0; i < 26; i++) ascii.push(DEAD);
      other.push(new Map());
      ends.push(undefined);
      return ends.length - 1;
    };
    newState();
    for (const [word, langs] of owners) {
      let state = ROOT;
      for (const ch of word) {
        const cp = ch.codePointAt(0)!;
        const isAscii = cp >= 97 && cp <= 122;
        let next = isAscii ? ascii[state * 26 + cp - 97]! : other[state]!.get(cp) ?? DEAD;
        if (next === DEAD) {
          next = newState();
          if (isAscii) ascii[state * 26 + cp - 97] = next;
          else other[state]!.set(cp, next);
        }
        state = next;
      }
      ends[state] = langs.map((l) => languages.indexOf(l));
    }
    return { ascii: Int32Array.from(ascii), other, owners: ends, languages };
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
 * Each language's score by its index in the trie's languages, and the order they first scored in: the ranking
 * keeps it among equal scores. An array, where a Map of scores hashed each language at each function word.
 */
interface Scores {
  readonly byLanguage: Float64Array;
  readonly order: number[];
}

/**
 * The trie state after the lower-cased code point `cp`, given the one before it: ROOT between words,
 * DEAD inside a word no profile holds. A word's end adds its owners' weights to `score`.
 */
function walk(trie: WordTrie, state: number, cp: number, score: Scores): number {
  if (cp >= 97 && cp <= 122) return state === DEAD ? DEAD : trie.ascii[state * 26 + cp - 97]!;
  if (cp >= 128 && isLetter(cp)) return state === DEAD ? DEAD : trie.other[state]!.get(cp) ?? DEAD;
  const owners = state === DEAD ? undefined : trie.owners[state];
  if (owners) {
    for (const lang of owners) {
      if (score.byLanguage[lang] === 0) score.order.push(lang);
      score.byLanguage[lang]! += 1 / owners.length;
    }
  }
  return ROOT;
}

/** A detection: the ISO 639-1 code and its score against the runner-up's, or null when the text does not decide. */
export interface Detected { readonly language: string; readonly score: number; readonly runnerUp: number }

/**
 * Detects the language of `text` from its function words; null when too few or too evenly shared to
 * decide. The words are the runs of letters (`\p{L}`) of the lower-cased sample, each walked down the
 * trie as it is read.
 */
export function detectLanguage(text: string): Detected | null {
  const trie = wordTrie();
  const score: Scores = { byLanguage: new Float64Array(trie.languages.length), order: [] };
  const end = Math.min(text.length, SAMPLE_CHARS);
  let state = ROOT;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const lower = c >= 65 && c <= 90 ? c + 32 : c;
      // Inside a word no profile holds, an ASCII letter changes nothing.
      if (state !== DEAD || lower < 97 || lower > 122) state = walk(trie, state, lower, score);
      continue;
    }
    // A surrogate pair is one character (cut by the sample's end, its first half stands alone).
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    for (const ch of lowerOf(pair ? text.slice(i, i + 2) : text[i]!)) state = walk(trie, state, ch.codePointAt(0)!, score);
    if (pair) i++;
  }
  walk(trie, state, 32, score);
  const ranked = score.order.map((l) => [trie.languages[l]!, score.byLanguage[l]!] as const).sort((a, b) => b[1] - a[1]);
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
