/**
 * The word lists every entity recognizer and refiner reads (lexicon data), and
 * the typing rule they share: the head word of a name decides its type.
 */
import type { Doc } from '../../model/doc.js';
import { need } from '../../model/doc.js';
import type { EntityType } from '../../model/mention.js';
import { tokenTable, WORD_SHAPE, type TokenTable } from '../../segment/token-table.js';
import { fromLexicons, lexicon, phraseSet } from '../../lexicon/index.js';

interface EntityLexicon {
  readonly types: Readonly<Record<string, readonly string[]>>;
  readonly places: readonly string[];
  readonly aliases: Readonly<Record<string, string>>;
  readonly platforms: readonly string[];
  readonly makers?: readonly string[];
}

export interface EntityWords {
  readonly types: Readonly<Record<string, readonly string[]>>;
  readonly aliases: Readonly<Record<string, string>>;
  /**
   * `aliases` as a map, for the recognizer's lookup per name: a string built per name costs twice as
   * much as a key of an object as of a map. Names open with a capital or "@", so no inherited property
   * of the object was ever asked for.
   */
  readonly aliasOf: ReadonlyMap<string, string>;
  /** Lower-cased gazetteer of places. */
  readonly places: ReadonlySet<string>;
  /** Each typing cue word's type, the first type listing it (lexicon order). */
  readonly cueTypes: ReadonlyMap<string, EntityType>;
  /** The typing cue words that may stand anywhere in a name (a law's only at its head), lower-cased. */
  readonly cues: ReadonlySet<string>;
  /** The typing cue words of organizations, facilities and groups, lower-cased: the heads of names of bodies. */
  readonly bodyHeads: ReadonlySet<string>;
  /** Each of `cues` with the lexicon position of the first type listing it: in a name, the earliest type wins. */
  readonly cueRanks: ReadonlyMap<string, readonly [rank: number, type: EntityType]>;
  readonly stop: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
  /** Services named by one letter or word ("X"), organizations when written after "on". */
  readonly platforms: ReadonlySet<string>;
  /** Makers whose name begins a name of its own after another one in a run of capitals ("an Air India Boeing 787"). */
  readonly makers: ReadonlySet<string>;
  /** Every stem of a gazetteer place with every demonym suffix ("canad" + "ian", "mexic" + "an"), lower-cased: a word is looked up once, not once per suffix. */
  readonly demonyms: ReadonlySet<string>;
}

const DEMONYM_SUFFIXES = ['ians', 'ian', 'eans', 'ean', 'ans', 'an', 'ns', 'n', 'ese', 'ish', 'is', 'i'];
/** The letters the suffixes end in. */
const DEMONYM_ENDS = new Set(DEMONYM_SUFFIXES.map((s) => s[s.length - 1]!));

export function entityWords(): EntityWords {
  return fromLexicons('entity-words', buildEntityWords);
}

function buildEntityWords(): EntityWords {
  const lex = lexicon<EntityLexicon>('entities');
  const cueTypes = new Map<string, EntityType>();
  for (const [type, cues] of Object.entries(lex.types)) for (const c of cues) if (!cueTypes.has(c)) cueTypes.set(c, type as EntityType);
  const cueRanks = new Map<string, readonly [number, EntityType]>();
  Object.entries(lex.types).forEach(([type, cues], rank) => {
    if (type !== 'law') for (const c of cues) if (!cueRanks.has(c)) cueRanks.set(c, [rank, type as EntityType]);
  });
  return {
    types: lex.types,
    aliases: lex.aliases,
    aliasOf: new Map(Object.entries(lex.aliases)),
    places: new Set(lex.places.map((p) => p.toLowerCase())),
    cueTypes,
    cues: new Set(Object.entries(lex.types).flatMap(([type, cues]) => (type === 'law' ? [] : cues))),
    cueRanks,
    bodyHeads: new Set(['organization', 'facility', 'group'].flatMap((t) => lex.types[t] ?? [])),
    stop: phraseSet('entity-stopwords'),
    titles: phraseSet('titles'),
    platforms: new Set(lex.platforms),
    makers: new Set(lex.makers ?? []),
    demonyms: new Set(lex.places.map((p) => p.split(' ').pop()!.toLowerCase().replace(/[aeiouy]$/, '')).filter((p) => p.length >= 3).flatMap((stem) => DEMONYM_SUFFIXES.map((s) => stem + s))),
  };
}

const SPACE = /\s/;
/** White space as `\s` reads it, ASCII without a regex. */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(text[i]!));
}

/** An all-capitals abbreviation, with or without dots ("ICE", "U.S."). */
export const ACRONYM = /^(?:[A-Z]{2,}|(?:[A-Z]\.){2,})$/;
const isCapital = (c: number) => c >= 65 && c <= 90;

/** ACRONYM's test; a name whose second character is no capital and no dot (most names) is answered without it. */
export function isAcronym(name: string): boolean {
  const second = name.charCodeAt(1);
  return (second === 46 || isCapital(second)) && ACRONYM.test(name);
}

const CAPITALS = /^[A-Z]{2,}$/;
/** Whether a name is capitals only, two or more ("NHF"); most names are answered by their second character. */
export function isCapitals(name: string): boolean {
  return isCapital(name.charCodeAt(1)) && CAPITALS.test(name);
}

/** The type of a name; `lower` is the name lower-cased, when the caller has it. */
export function typeOf(name: string, role: string | null, w: EntityWords, lower = name.toLowerCase()): EntityType {
  if (name.startsWith('@')) return 'person';
  if (/^(?:Title|Article|Section|Chapter|Amendment) \d/.test(name)) return 'law';
  if (w.places.has(lower)) return 'place';
  // Most names are one word: a test for white space costs half a split.
  const words = SPACE.test(lower) ? lower.split(/\s+/) : [lower];
  // The head (last word) decides first: "Parliament Square" is a place, "Union of Public Workers" a union.
  const head = words[words.length - 1]!;
  const byHead = w.cueTypes.get(head);
  if (byHead) return byHead;
  // A law is named by its head only: "Bill" inside a name is a first name.
  let inName: readonly [number, EntityType] | undefined;
  for (const x of words) {
    const cue = w.cueRanks.get(x);
    if (cue && (!inName || cue[0] < inName[0])) inName = cue;
  }
  if (inName) return inName[1];
  if (role) return 'person';
  if (/^[A-Z]{2,}$/.test(name)) return 'organization';
  // A name that opens with a place or its people ("Kenya Television", "Warsaw Pact") is not a person's.
  if (words.length >= 2 && (w.places.has(words[0]!) || isDemonym(words[0]!, w))) return 'other';
  return words.length >= 2 ? 'person' : 'other';
}

/**
 * The abbreviations a name may go by: the initials of its capitalised words, with and without a
 * leading place ("U.S. Immigration and Customs Enforcement" → "USICE", "ICE").
 */
export function initialsOf(name: string, w: EntityWords): string[] {
  // The words (between runs of white space) read by code, not split and filtered: every name of a body is asked.
  let all = '';
  let lead = '';
  for (let i = 0; i < name.length; ) {
    const start = i;
    while (i < name.length && !isSpaceAt(name, i)) i++;
    if (i > start && isCapital(name.charCodeAt(start))) {
      if (!all) lead = name.slice(start, i);
      all += name[start];
    }
    while (i < name.length && isSpaceAt(name, i)) i++;
  }
  // One initial per capitalised word; the lead is looked up only for three or more.
  return all.length > 2 && (w.places.has(lead.toLowerCase()) || lead in w.aliases) ? [all, all.slice(1)] : [all];
}

/** A word naming the people of a known place ("Venezuelan", "Canadian", "Chinese"): an adjective, not a name. */
export function isDemonym(word: string, w: EntityWords): boolean {
  // A word ending in an ASCII letter no suffix ends in (most names) is answered before it is lower-cased.
  const end = word.charCodeAt(word.length - 1);
  if (end < 128 && !DEMONYM_ENDS.has(String.fromCharCode(end | 32))) return false;
  const lower = word.toLowerCase();
  return w.demonyms.has(lower) && !w.places.has(lower);
}

export interface SentenceEvidence {
  /** Whether a sentence opens at `start` (its first word starts there). */
  opens(start: number): boolean;
  /** Whether the report writes `word` (lower-cased) in lower case. */
  writesLower(word: string): boolean;
}

const LOWER = /\p{Ll}/u;
/** Whether a word's first UTF-16 unit is a lower-case letter: ASCII by its code, as a regex test per word costs more; beyond ASCII by `\p{Ll}`. */
function isLower(code: number): boolean {
  return code < 128 ? code >= 97 && code <= 122 : LOWER.test(String.fromCharCode(code));
}

// Two refiners read them for the same document: the openers are gathered once. Only the set is kept
// beside the document: a kept value holding its tokens kept them past the young generation.
const openersOf = new WeakMap<Doc, ReadonlySet<number>>();

/**
 * The starts of the first word of each sentence. Tokens carry their sentence's index, never falling in
 * text order: each sentence's tokens are read up to its first word, and the next sentence's first token is
 * found by binary search, not by reading every token.
 */
function sentenceOpeners(doc: Doc): ReadonlySet<number> {
  const hit = openersOf.get(doc);
  if (hit) return hit;
  const openers = new Set<number>();
  const { count, start, sentence: sentenceOf, shape } = tokenTable(need(doc, 'segments'));
  for (let i = 0; i < count; ) {
    const sentence = sentenceOf[i]!;
    while (i < count && sentenceOf[i] === sentence && shape[i] !== WORD_SHAPE) i++;
    if (i < count && sentenceOf[i] === sentence) openers.add(start[i]!);
    i = firstAfterSentence(sentenceOf, count, sentence, i);
  }
  openersOf.set(doc, openers);
  return openers;
}

/** The index of the first token at or after `from` in a sentence after `sentence`, or `count`. */
function firstAfterSentence(sentenceOf: Int32Array, count: number, sentence: number, from: number): number {
  let lo = from;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentenceOf[mid]! <= sentence) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether token `i` of `text` lower-cased is `word`, read by code while the token is ASCII (its lower
 * case one unit for each, whatever follows), with toLowerCase from its first unit outside ASCII.
 */
function readsAs(text: string, table: TokenTable, i: number, word: string): boolean {
  const from = table.start[i]!;
  const to = table.end[i]!;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c > 127) return text.slice(from, to).toLowerCase() === word;
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(j - from)) return false;
  }
  return to - from === word.length;
}

/**
 * Where the report's sentences open (the first word of each), gathered in one pass over the tokens
 * (a binary search per name read scattered tokens, and cost more), and the words it writes in lower
 * case, answered per word asked about: a report asks of about three, and a set of every lower-case
 * word (each hashed) cost more.
 */
export function sentenceEvidence(doc: Doc, text: string): SentenceEvidence {
  const openers = sentenceOpeners(doc);
  const table = tokenTable(need(doc, 'segments'));
  return {
    opens: (start) => openers.has(start),
    writesLower(word) {
      // A lower-case letter is its own lower case: a word written in lower case opens with the letter `word` opens with.
      const first = word.charCodeAt(0);
      if (!isLower(first)) return false;
      const { count, start, shape } = table;
      for (let i = 0; i < count; i++) {
        if (text.charCodeAt(start[i]!) === first && shape[i] === WORD_SHAPE && readsAs(text, table, i, word)) return true;
      }
      return false;
    },
  };
}
