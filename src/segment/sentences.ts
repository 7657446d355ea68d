/**
 * Sentence boundaries as Intl.Segmenter finds them (ICU's rules, Unicode's UAX #29 "Sentence
 * Boundaries"), computed here for the characters news text is made of. Intl.Segmenter was about
 * 60% of the segment stage: it builds an object and a string for every sentence and a break
 * iterator for every call. A line holding a character this file has no class for (other
 * scripts, combining marks, format characters, digits outside ASCII) still goes to
 * Intl.Segmenter, so the boundaries are ICU's on every text; sentences.test.ts compares both on
 * generated text.
 */

const ICU = new Intl.Segmenter('en', { granularity: 'sentence' });

// UAX #29 sentence-break classes; UNKNOWN sends the line to Intl.Segmenter.
const UNKNOWN = 0, OTHER = 1, SP = 2, LOWER = 3, UPPER = 4, NUMERIC = 5, ATERM = 6, STERM = 7, CLOSE = 8, SCONTINUE = 9;

/** Classes of the ASCII characters; the C0 controls (but tab, VT and FF) and DEL stay UNKNOWN. */
const ASCII = (() => {
  const table = new Uint8Array(128).fill(OTHER);
  for (let c = 0; c < 32; c++) table[c] = UNKNOWN;
  table[127] = UNKNOWN;
  for (const c of [9, 11, 12, 32]) table[c] = SP;
  for (let c = 97; c <= 122; c++) table[c] = LOWER;
  for (let c = 65; c <= 90; c++) table[c] = UPPER;
  for (let c = 48; c <= 57; c++) table[c] = NUMERIC;
  table[46] = ATERM;
  for (const ch of '!?') table[ch.charCodeAt(0)] = STERM;
  for (const ch of '"\'()[]{}') table[ch.charCodeAt(0)] = CLOSE;
  for (const ch of ',-:;') table[ch.charCodeAt(0)] = SCONTINUE;
  return table;
})();

/** The non-ASCII characters of news text that are not letters: spaces, quotes, dashes, symbols. */
const NON_ASCII = new Map<number, number>([
  [0x00a0, SP], [0x202f, SP],
  [0x2018, CLOSE], [0x2019, CLOSE], [0x201c, CLOSE], [0x201d, CLOSE], [0x00ab, CLOSE], [0x00bb, CLOSE],
  [0x2013, SCONTINUE], [0x2014, SCONTINUE],
  [0x2026, OTHER], [0x20ac, OTHER], [0x00a3, OTHER], [0x00b0, OTHER], [0x2022, OTHER], [0x00b7, OTHER],
  [0x2192, OTHER], [0x2212, OTHER], [0x00a9, OTHER], [0x00ae, OTHER], [0x00bf, OTHER], [0x00a1, OTHER],
]);
const UPPER_LETTER = /^\p{Lu}$/u;
const LOWER_LETTER = /^\p{Ll}$/u;

/** The sentence-break class of the UTF-16 unit `c` (a lone surrogate is UNKNOWN). */
function classOf(c: number): number {
  if (c < 128) return ASCII[c]!;
  const known = NON_ASCII.get(c);
  if (known !== undefined) return known;
  if (c >= 0xd800 && c <= 0xdfff) return UNKNOWN;
  const ch = String.fromCharCode(c);
  return LOWER_LETTER.test(ch) ? LOWER : UPPER_LETTER.test(ch) ? UPPER : UNKNOWN;
}

/** The classes of the line being read: one buffer, grown as lines demand, as a typed array per line cost more than reading it. */
let classes = new Uint8Array(4096);

/** Writes the classes of `text[from, to)` into `classes`; false when one of its characters has no class here. */
function readClasses(text: string, from: number, to: number): boolean {
  if (classes.length < to - from) classes = new Uint8Array(2 * (to - from));
  for (let i = from; i < to; i++) {
    const k = classOf(text.charCodeAt(i));
    if (k === UNKNOWN) return false;
    classes[i - from] = k;
  }
  return true;
}

/**
 * Whether rule SB8 holds at `at`: after a full stop, the next letter (skipping anything that is
 * not a letter or a terminator) is lower-case, so "U.S. officials" is one sentence.
 */
function lowerFollows(k: Uint8Array, at: number, n: number): boolean {
  for (let i = at; i < n; i++) {
    const c = k[i]!;
    if (c === LOWER) return true;
    if (c === UPPER || c === ATERM || c === STERM) return false;
  }
  return false;
}

/** Where ICU ends sentences in the line at `from` of `n` characters whose classes are `k`, after the last sentence's end included. */
function breaksOf(k: Uint8Array, n: number, from: number): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < n) {
    const c = k[i]!;
    if (c !== ATERM && c !== STERM) { i++; continue; }
    let j = i + 1;
    while (j < n && k[j] === CLOSE) j++;
    while (j < n && k[j] === SP) j++;
    if (j === n) break;
    const next = k[j]!;
    const kept = c === ATERM && j === i + 1 && (next === NUMERIC || next === UPPER && i > 0 && (k[i - 1] === UPPER || k[i - 1] === LOWER)) // SB6, SB7
      || c === ATERM && lowerFollows(k, j, n) // SB8
      || next === SCONTINUE || next === ATERM || next === STERM; // SB8a
    if (!kept) out.push(from + j); // SB11
    i = j; // what lies between was Close and Sp, never a terminator
  }
  out.push(from + n);
  return out;
}

/** Sentence ends (absolute offsets, the line's end last) of the line `text[from, to)`, as Intl.Segmenter gives them. */
export function sentenceEnds(text: string, from: number, to: number): number[] {
  if (readClasses(text, from, to)) return breaksOf(classes, to - from, from);
  const out: number[] = [];
  for (const s of ICU.segment(text.slice(from, to))) out.push(from + s.index + s.segment.length);
  return out;
}
