/**
 * Runs of capitalised words (with "of", "de", "for", "the" inside names),
 * acronyms and @handles. A possessive ends a name ("Estmark's Northern Holding
 * Facility" is two), titles before a name become its `role`, and a
 * place written before a title ("US Secretary of State") is a mention of its own.
 */
import type { EntityMention, EntityType } from '../../../model/mention.js';
import type { Recognizer } from '../../common/extractor.js';
import { fromLexicons } from '../../../lexicon/index.js';
import { entityWords, isDemonym, isSpaceAt, typeOf, type EntityWords } from '../words.js';

/** How far before a name its role words are looked for. */
const ROLE_WINDOW = 40;
const isLowerAscii = (c: number) => c >= 97 && c <= 122;
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/**
 * Up to three lower-case words, one space apart, right before a name and the spaces after them
 * ("rescue chief Tomas Reyl"), within ROLE_WINDOW, the last of them a title: read backwards from the
 * name, not by a regex anchored at the end, which tries every position of the window, and no
 * further than a last word that is no title (most words before a name).
 */
function roleBefore(text: string, start: number, w: EntityWords): string | null {
  const lo = Math.max(0, start - ROLE_WINDOW);
  let end = start;
  while (end > lo && isSpaceAt(text, end - 1)) end--;
  if (end === start) return null;
  let from = end;
  for (let words = 1; ; words++) {
    while (from > lo && isLowerAscii(text.charCodeAt(from - 1))) from--;
    if (from === end || (words === 1 && !w.titles.has(text.slice(from, end)))) return null;
    if (words === 3 || from - 2 < lo || text[from - 1] !== ' ' || !isLowerAscii(text.charCodeAt(from - 2))) break;
    from--;
  }
  return text.slice(from, end);
}
// A middle initial ("James C. Kopp") is a word of the name when a capitalised word follows it; a numbered
// part of a law ("Title 8", "Article 5") is one word.
const WORD = String.raw`(?:(?:Title|Article|Section|Chapter|Amendment)[ \t]+\d+[A-Za-z]?\b|[A-Z]{2,}-\d+|(?:[A-Z]\.){2,}|[A-Z]\.(?=[ \t]+[A-Z]\p{Ll})|[A-Z][\p{L}'’-]*\p{L}|[A-Z])`;
// Lower-case words inside names: "of", "for", "the", and the particles of family names ("Osama bin Laden", "Ludwig van Beethoven").
const CHUNK = new RegExp(String.raw`(@\w+)|(${WORD}(?:[ \t]+(?:(?:of|de|del|for|the|bin|ibn|van|von|der|da|dos|du)[ \t]+)?${WORD})*)`, 'gu');
const POSSESSIVE = /['’]s$/;
/** Whether a word ends in a possessive, as POSSESSIVE tests it: read by code, as most chunks are tested. */
function endsInPossessive(word: string): boolean {
  const quote = word.charCodeAt(word.length - 2);
  return word.charCodeAt(word.length - 1) === 115 && (quote === 39 || quote === 0x2019);
}
/** Whether a chunk holds white space, as `\s` reads it. */
function holdsSpace(chunk: string): boolean {
  for (let i = 0; i < chunk.length; i++) if (isSpaceAt(chunk, i)) return true;
  return false;
}
/** A capitalised word: a run of letters, apostrophes and hyphens holds one, from its first capital to its last letter. */
export const CAPITALISED_WORD = /\p{Lu}[\p{L}'’-]*\p{L}|\p{Lu}/gu;
const IN_RUN = /^[\p{L}'’-]$/u;
/** "Don't", "Won't": a capital on a contraction is the sentence's, never a name's. */
const CONTRACTION = /^\S+n['’]t$/i;
/** CONTRACTION's test, for a word ending in "t" only: every name surviving the word lists is tested. */
const isContraction = (name: string) => (name.charCodeAt(name.length - 1) | 32) === 116 && CONTRACTION.test(name);

interface Part {
  /** Where the part starts in its chunk. */
  readonly start: number;
  /** Words and the whitespace between them, as `String.split(/(\s+)/)` gives. */
  readonly words: string[];
  /** The words lower-cased, when the chunk's lower case already gives them. */
  readonly lower?: string[];
}


/**
 * Splits a chunk at possessives. The part before one is a name of its own when it is known or
 * used alone elsewhere ("Estmark's Northern Holding Facility") or is no name at all ("Thursday's Air
 * Ravel crash"); otherwise the possessive belongs to the name ("Children's Hospital").
 */
function splitAtPossessives(chunk: string, lowerChunk: string, usedAlone: (name: string) => boolean, w: EntityWords): Part[] {
  // One word and no possessive, the most common chunk: one part, lower-cased already.
  if (!holdsSpace(chunk) && !endsInPossessive(chunk)) return [{ start: 0, words: [chunk], lower: [lowerChunk] }];
  const words = chunk.split(/(\s+)/);
  const parts: Part[] = [];
  let from = 0;
  let offset = 0;
  for (let i = 0; i < words.length; i += 2) {
    if (!endsInPossessive(words[i]!)) continue;
    const last = i === words.length - 1;
    const head = words.slice(from, i + 1);
    const name = head.join('').replace(POSSESSIVE, '');
    // A word that is no name ("Thursday's crash", "Monday's vote") owns nothing in a name: the split drops it (readPart does).
    const alone = w.places.has(name.toLowerCase()) || name in w.aliases || head.length > 1 || usedAlone(name) || w.stop.has(name.toLowerCase());
    if (!last && !alone) continue;
    parts.push({ start: offset, words: [...head.slice(0, -1), head[head.length - 1]!.replace(POSSESSIVE, '')] });
    offset += head.join('').length + (words[i + 1]?.length ?? 0);
    from = i + 2;
  }
  if (from < words.length) parts.push({ start: offset, words: words.slice(from) });
  return parts;
}

/** "An Air India Boeing 787": a maker's name after another name in one run of capitals begins a name of its own. */
function splitBeforeMakers(part: Part, w: EntityWords): Part[] {
  const at = part.words.findIndex((x, i) => i > 0 && i % 2 === 0 && w.makers.has(x));
  if (at < 0) return [part];
  return [{ start: part.start, words: part.words.slice(0, at - 1) }, { start: part.start + part.words.slice(0, at).join('').length, words: part.words.slice(at) }];
}

/** Where the run of CAPITALISED_WORD's characters holding `at` begins, read backwards by code point. */
function runStart(text: string, at: number): number {
  let from = at;
  while (from > 0) {
    const c = text.charCodeAt(from - 1);
    if (c < 128) {
      if (!isAsciiLetter(c) && c !== 39 && c !== 45) break;
      from--;
      continue;
    }
    const pair = c >= 0xdc00 && c <= 0xdfff && from >= 2 && (text.charCodeAt(from - 2) & 0xfc00) === 0xd800 ? 2 : 1;
    if (!IN_RUN.test(text.slice(from - pair, from))) break;
    from -= pair;
  }
  return from;
}

/**
 * Whether `text` writes `name` at least once as a capitalised word without a possessive after it,
 * as a scan of every capitalised word would find it: each place `name` stands is read from the start
 * of its run (a run holds one capitalised word), not the whole text for every owner it names.
 */
export function usedAloneIn(text: string, name: string): boolean {
  if (!name || endsInPossessive(name)) return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    CAPITALISED_WORD.lastIndex = runStart(text, at);
    const m = CAPITALISED_WORD.exec(text);
    if (m && m.index === at && m[0] === name) return true;
  }
  return false;
}

/** Function words no name opens with ("the", "of") or, some of them, closes with. */
const OPENING_FUNCTION_WORD = /^(of|for|and|the|a|an)$/i;
const STRIPPED_FUNCTION_WORD = /^(of|for|and|the)$/i;
const CLOSING_FUNCTION_WORD = /^(of|for|and|the|de)$/i;
/** Adjectives of party that open the name of a body, as a demonym does ("Republican National Committee"). */
const PARTY_ADJECTIVE = /^(?:republican|democratic|labour|conservative|liberal|socialist|green)$/i;

/** Whether lower-cased words (and the white space between them) are all typing cues: "Interior Ministry" after "Interior". */
function onlyCues(lower: readonly string[], w: EntityWords): boolean {
  return lower.length > 0 && lower.every((x) => !x.trim() || w.cues.has(x));
}

/** Whether lower-cased words of three or more end in a word that names a kind of body. */
function headIsBody(lower: readonly string[], w: EntityWords): boolean {
  return lower.length >= 3 && w.bodyHeads.has(lower[lower.length - 1]!);
}

/** Adjectives of nation or party ("American", "Republican") open the name of a body ("American Civil Liberties Union"). */
function adjectiveOfBody(word: string, w: EntityWords): boolean {
  return isDemonym(word, w) || PARTY_ADJECTIVE.test(word);
}

/**
 * A name a chunk gives wherever it stands: its offset in the chunk and all that the text around the
 * chunk does not change. Only the role may come from the words before the chunk.
 */
export interface Reading {
  readonly offset: number;
  readonly name: string;
  /** The name lower-cased, when the reading had it. */
  readonly lower: string | undefined;
  readonly canonical: string;
  /** The role the chunk itself gives ("Governor Anna Brandt"), or `undefined` when the words before the chunk are asked. */
  readonly role: string | null | undefined;
  readonly via: string;
  /** The name's type without a role and with one (typeOf reads only whether there is one), worked out when first asked. */
  readonly types: [EntityType?, EntityType?];
}

function reading(offset: number, name: string, w: EntityWords, role: string | null | undefined, via: string, lower?: string): Reading {
  return { offset, name, lower, canonical: w.aliasOf.get(name) ?? name, role, via, types: [] };
}

/** Pushes the readings of the names a part of a chunk gives onto `out`. */
function readPart(part: Part, w: EntityWords, out: Reading[]): void {
  let { start, words } = part;
  // The word lists are read in lower case, several times a word: each word is lower-cased once, and `lower` is cut as `words` is.
  let lower = part.lower ?? words.map((x) => x.toLowerCase());
  let role: string | null = null;
  while (words.length && (w.stop.has(lower[0]!) || w.titles.has(lower[0]!) || STRIPPED_FUNCTION_WORD.test(words[0]!))) {
    const fn = OPENING_FUNCTION_WORD.test(words[0]!);
    // "Interior Ministry", "National Library": a modifier before a word that names a kind of body stays in the name.
    if (!fn && (onlyCues(lower.slice(2), w) || (adjectiveOfBody(words[0]!, w) && headIsBody(lower.slice(2), w)))) break;
    if (w.titles.has(lower[0]!)) role = role ? `${role} ${words[0]}` : words[0]!;
    start += words[0]!.length + (words[1]?.length ?? 0);
    words = words.slice(2);
    lower = lower.slice(2);
  }
  while (words.length && CLOSING_FUNCTION_WORD.test(words[words.length - 1]!)) {
    words = words.slice(0, -2);
    lower = lower.slice(0, -2);
  }
  // "Estmarkian Governor Anna Brandt": the name is what follows the last title word.
  let lastTitle = -1;
  for (let i = 0; i < words.length - 2; i += 2) if (w.titles.has(lower[i]!)) lastTitle = i;
  if (lastTitle >= 0 && titleOpensName(words, lastTitle, w)) {
    const cut = words.slice(0, lastTitle + 2).join('');
    role = cut.trim();
    const before = bodyOrPlaceBeforeTitle(words.slice(0, lastTitle), w);
    if (before) out.push(reading(start, before, w, null, 'recognizer/name-before-title'));
    start += cut.length;
    words = words.slice(lastTitle + 2);
    lower = lower.slice(lastTitle + 2);
  }
  // A join is a call of its own even for one word, the most common name.
  const name = words.length === 1 ? words[0]! : words.join('');
  // A demonym closes no name ("Estmarkian", "Venezuelan"): those are adjectives, not entities.
  const last = words[words.length - 1]!;
  const lowerLast = lower[lower.length - 1]!;
  // One word's lower case is the name's; words joined are lower-cased whole, as a letter's case may hang on the next word's.
  const lowerName = words.length === 1 ? lowerLast : name.toLowerCase();
  // A word that is no name alone may close one that names a body ("Liberal Democrats", "Sweden Democrats").
  const closesBody = words.length > 1 && w.cueTypes.get(lowerLast) === 'group';
  if (!name || name.length < 2 || w.stop.has(lowerName) || (w.stop.has(lowerLast) && !closesBody) || (isDemonym(last, w) && !closesBody) || isContraction(name)) return;
  // A role the chunk gives stands only if it ends in a title; without one the words before the chunk are read (roleBefore's always does).
  const ownRole = role === null ? undefined : w.titles.has(lastWord(role).toLowerCase()) ? role : null;
  out.push(reading(start, name, w, ownRole, 'recognizer/capitalised-chunk', lowerName));
}

/**
 * Whether the name after the title word at `lastTitle` is a person's: the words after it are no cue, title or
 * place; a title inside the name of a body ("Union of Public Workers", "Archive of Public Gatherings") leaves
 * one word, no person's name.
 */
function titleOpensName(words: readonly string[], lastTitle: number, w: EntityWords): boolean {
  const rest = words.slice(lastTitle + 2).filter((x) => x.trim()).map((x) => x.toLowerCase());
  // "Union of Public Workers", "Archive of Public Gatherings": one word after a title that follows "of".
  const bodyName = rest.length === 1 && words.includes('of') && (words.slice(0, lastTitle).some((x) => w.cues.has(x.toLowerCase())) || words[lastTitle - 2] === 'of');
  return !bodyName && rest.every((x) => !w.cues.has(x) && !w.titles.has(x)) && !w.places.has(rest.join(' '));
}

/** The last word of `role` (no white space at its end): read backwards, not split. */
function lastWord(role: string): string {
  let from = role.length;
  while (from > 0 && !isSpaceAt(role, from - 1)) from--;
  return role.slice(from);
}

/**
 * A name a title opens with: a body, "U.S. District Court" in "U.S. District Court Judge", else a
 * known place, "US" in "US Secretary of State".
 */
function bodyOrPlaceBeforeTitle(words: readonly string[], w: EntityWords): string | null {
  const all = words.join('').trim();
  if (all.includes(' ') && typeOf(all, null, w) === 'organization') return all;
  const names = words.filter((x) => x.trim());
  for (let n = Math.min(names.length, 3); n >= 1; n--) {
    const name = names.slice(0, n).join(' ');
    if (w.places.has(name.toLowerCase()) && all.startsWith(name)) return name;
  }
  return null;
}

/** The mention a reading gives where its chunk starts at `start`. */
function mentionAt(r: Reading, start: number, text: string, w: EntityWords): EntityMention {
  const at = start + r.offset;
  const end = at + r.name.length;
  const role = r.role === undefined ? roleBefore(text, at, w) : r.role;
  const type = (r.types[role ? 1 : 0] ??= typeOf(r.name, role, w, r.lower));
  return { kind: 'entity', start: at, end, text: text.slice(at, end), type, canonical: r.canonical, role, via: [r.via] };
}

/** A single letter is a name only as a platform written after "on" ("posted on X"). */
function platform(m: RegExpExecArray, text: string, w: EntityWords): EntityMention | null {
  if (!w.platforms.has(m[0]) || !/\bon\s+$/.test(text.slice(Math.max(0, m.index - 4), m.index))) return null;
  return { kind: 'entity', start: m.index, end: m.index + m[0].length, text: m[0], type: 'organization', canonical: m[0], role: null, via: ['recognizer/platform'] };
}

/** Whether a chunk ends in "." or a quote mark, the only chunks the trailing-mark pattern (anchored at the end, tried from every position) changes. */
function endsInStopOrQuote(chunk: string): boolean {
  const c = chunk.charCodeAt(chunk.length - 1);
  return c === 46 || c === 39 || c === 0x2019;
}

/** The readings of a chunk (its trailing marks cut): a possessive or a maker's name cuts it in parts. */
export function chunkReadings(raw: string, lowerRaw: string, usedAlone: (name: string) => boolean, w: EntityWords): Reading[] {
  const out: Reading[] = [];
  for (const part of splitAtPossessives(raw, lowerRaw, usedAlone, w)) for (const named of splitBeforeMakers(part, w)) readPart(named, w, out);
  return out;
}

/**
 * A chunk of one stop word or title and no possessive ("The", "In", "He", "Mr"): no name, as readPart
 * strips such a word, and the most common chunk, so it is read no further.
 */
export function isLoneStopWord(raw: string, lowerRaw: string, w: EntityWords): boolean {
  return (w.stop.has(lowerRaw) || w.titles.has(lowerRaw)) && !endsInPossessive(raw) && !holdsSpace(raw);
}

/** How many chunks' readings are kept: more than a large story's distinct chunks, a few megabytes. */
const KNOWN_READINGS = 20_000;
/** A possessive followed by more of the chunk: whether the part before it stands alone depends on the report. */
const POSSESSIVE_INSIDE = /['’]s\s/;

/**
 * The readings of chunks, by the chunk: reports repeat their chunks ("The", "U.S.", "President Bush"),
 * about a third within a report, two thirds across TempEval's 256. Built beside the lexicons, which they are read with.
 */
function knownReadings(): Map<string, readonly Reading[]> {
  return fromLexicons('entity-chunk-readings', () => new Map<string, readonly Reading[]>());
}

/** Reads a chunk, and keeps its readings when they hang on no report. */
function read(raw: string, usedAlone: (name: string) => boolean, w: EntityWords, known: Map<string, readonly Reading[]>): readonly Reading[] {
  if (POSSESSIVE_INSIDE.test(raw)) return chunkReadings(raw, raw.toLowerCase(), usedAlone, w);
  // A copy of the chunk, so that what is kept holds no slice of the report's text.
  const chunk = (' ' + raw).slice(1);
  const lower = chunk.toLowerCase();
  const readings = isLoneStopWord(chunk, lower, w) ? [] : chunkReadings(chunk, lower, usedAlone, w);
  if (known.size >= KNOWN_READINGS) known.clear();
  known.set(chunk, readings);
  return readings;
}

export const capitalisedChunkRecognizer: Recognizer<EntityMention> = {
  name: 'capitalised-chunk',
  recognize({ doc, text }) {
    const w = entityWords();
    const out: EntityMention[] = [];
    const alone = new Map<string, boolean>();
    const usedAlone = (name: string) => alone.get(name) ?? alone.set(name, usedAloneIn(text, name)).get(name)!;
    const known = knownReadings();
    // The pattern's own loop, not matchesFrom's generator (a resumption per chunk): no call inside it reads CHUNK.
    CHUNK.lastIndex = doc.report.bodyStart;
    for (let m = CHUNK.exec(text); m; m = CHUNK.exec(text)) {
      const p = m[0].length === 1 ? platform(m, text, w) : null;
      if (p) {
        out.push(p);
        continue;
      }
      const raw = endsInStopOrQuote(m[0]) ? m[0].replace(/[.’']+$/, (s) => (/(?:^|\s)(?:[A-Z]\.)+$/.test(m[0]) ? s : '')) : m[0];
      for (const r of known.get(raw) ?? read(raw, usedAlone, w, known)) out.push(mentionAt(r, m.index, text, w));
    }
    return out;
  },
};
