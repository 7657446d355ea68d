/**
 * What the quote recognizers and refiners share: the report's words around a
 * quote (sentence, paragraph) and the cue patterns built from the lexicons.
 */
import type { EntityMention } from '../../model/mention.js';
import type { Range } from '../../model/span.js';
import { fromLexicons, lexicon } from '../../lexicon/index.js';
import { SpanIndex } from '../common/span-index.js';

interface SpeakerLexicon {
  readonly pronoun: readonly string[];
  readonly speechNouns: readonly string[];
  readonly determiner: readonly string[];
  readonly attribution: readonly string[];
  readonly adverb: readonly string[];
}

/** The cue patterns; a match names the speaker's words in group `subjectN` and the cue in `cueN` (N is the alternative that matched). */
export interface CuePatterns {
  /** Right after the closing mark: ", he said", ", said President X", ", according to X". */
  readonly after: RegExp;
  /** Right before the opening mark: "X said:", "X said that", "the official told Axios on Sunday". */
  readonly before: RegExp;
  /** A cue verb anywhere, for a quote the cue introduced earlier in its sentence. */
  readonly anywhere: RegExp;
  readonly pronoun: RegExp;
  readonly described: RegExp;
  /** A cue verb or a noun of speech ("the remark", "the words of"), for a speaker named in the sentence after a quote. */
  readonly speech: RegExp;
  /** A pronoun and its cue verb opening a sentence ("She said ..."). */
  readonly pronounCue: RegExp;
  /** A name and a colon right before a quotation, opening its line or after a dash: a live blog's "Sánchez: "…"". */
  readonly colon: RegExp;
  /** Where a cue verb may begin (a word's start): every match of `before` but one by attribution holds one. */
  readonly verbStart: RegExp;
  /** Where an attribution ("according to") may begin. */
  readonly attributionStart: RegExp;
  /** The length of the longest cue verb. */
  readonly longestVerb: number;
}

/** A phrase as a regex source that matches it literally. */
export const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: readonly string[]) => words.map(esc).join('|');
// Speaker words open sentences too: "He said", "The official said", "According to X".
const capitalised = (words: readonly string[]) => alt(words.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]));

/** Compiled once per lexicon set: the cue verbs and speaker words are lexicon data. */
export function cuePatterns(): CuePatterns {
  return fromLexicons('quote-cue-patterns', compileCuePatterns);
}

function compileCuePatterns(): CuePatterns {
  // A dot belongs to a name only as an initial or a known abbreviation ("James A. Baker", "Ms. Albright", "U.S."): after any other word it ends the sentence.
  const titled = lexicon<string[]>('abbreviations').filter((a) => /^\p{L}{2,}\.$/u.test(a)).map((a) => esc(a[0]!.toUpperCase() + a.slice(1, -1)));
  const NAME_WORD = `(?:(?:${titled.join('|')})\\.|[A-Z@](?:\\.(?:[A-Z]\\.)*|[\\p{L}\\p{N}_'’-]*))`;
  const NAME = `(?:${NAME_WORD}\\s+){0,4}${NAME_WORD}`;
  const lex = lexicon<SpeakerLexicon>('quote-speakers');
  const verbs = lexicon<string[]>('cue-verbs');
  const verb = alt(verbs);
  const pronoun = capitalised(lex.pronoun);
  const det = capitalised(lex.determiner);
  const attribution = capitalised(lex.attribution);
  // A described speaker is a determiner and a few words ("a senior administration official"); lazy, so the verb after it ends it.
  const described = `(?:${det})\\s+(?:[\\p{L}’'-]+\\s+){0,5}?[\\p{L}’'-]+`;
  const describedAfterVerb = `(?:${det})\\s+[^,.;:!?"“”\\n]{1,60}`;
  // Lower-case role words before a name: "union leader Hana Voske told", "said rescue chief Tomas Reyl".
  // Words before the title may be capitalised: "Delta chief executive Ed Bastian", "Home Affairs Minister Clare O'Neil".
  const role = `(?:(?:\\p{L}[\\p{L}'’-]*\\s+){0,3}(?:${alt(lexicon<string[]>('titles').filter((t) => /^\p{L}+$/u.test(t)))})\\s+)?`;
  const subject = `${NAME}|${described}|(?:${pronoun})`;
  // Before a quote a described speaker must open its clause: "… by stating" has no subject in "the gravity of this delegation by".
  const subjectBefore = `${NAME}|(?<=^|[.!?:;,]["”’']?\\s+|\\n)(?:${described})|(?:${pronoun})`;
  const adverb = alt(lex.adverb);
  // An apposition between a name and its verb: "Jane Halvor, 45, told", "Jane Halvor, the port director, said".
  const apposition = `(?:,[^,"“”\\n]{1,60},)?`;
  return {
    after: new RegExp(`^[,.]?[ \\t]*(?:(?<cue1>${verb})\\s+${role}(?<subject1>${NAME}|${describedAfterVerb})|${role}(?<subject2>${subject})${apposition}\\s+(?:(?:${adverb})\\s+)?(?<cue2>${verb})\\b|(?<cue3>${attribution})\\s+(?<subject3>${NAME}|${describedAfterVerb}))`, 'u'),
    before: new RegExp(`(?<![\\p{L}\\p{N}_@.'’-])(?:(?<subject1>${subjectBefore})${apposition}\\s+(?:(?:${adverb})\\s+)?(?<cue1>${verb})\\b[\\p{L}\\p{N}\\s,’'@-]{0,60}?|(?<cue2>${attribution})\\s+(?<subject2>${NAME}|${described}),?)[\\s,:]*$`, 'u'),
    // Not inside a compound: "so-called" is no cue.
    anywhere: new RegExp(`(?<![\\p{L}-])(${verb})\\b`, 'u'),
    pronoun: new RegExp(`^(?:${pronoun})$`, 'i'),
    described: new RegExp(`^(?:${lex.determiner.map(esc).join('|')})\\s`, 'i'),
    speech: new RegExp(`\\b(${verb}|${alt(lex.speechNouns)})\\b`),
    colon: new RegExp(`(?:^|\\n|[-–—]\\s+)(?<subject1>${NAME})(?<cue1>:)\\s*$`, 'u'),
    pronounCue: new RegExp(`^(?<subject1>${pronoun})\\s+(?:(?:${adverb})\\s+)?(?<cue1>${verb})\\b`, 'u'),
    verbStart: new RegExp(`\\b(?:${verb})`),
    attributionStart: new RegExp(`\\b(?:${attribution})`),
    longestVerb: Math.max(...verbs.map((v) => v.length)),
  };
}

// How far back a cue verb reaches a quote: within its sentence, after any earlier quotation.
const GOVERN_WINDOW = 100;
const STRETCH_START = /.*(?:[.!?\n"”]|^)/s;

/** Whether a cue verb stands before the opening mark at `open`, in its sentence and after any earlier quotation. */
export function cueVerbBefore(text: string, open: number): boolean {
  const before = text.slice(Math.max(0, open - GOVERN_WINDOW), open);
  const stretch = before.slice(STRETCH_START.exec(before)![0].length);
  return fromLexicons('quote-cue-anywhere-i', () => new RegExp(cuePatterns().anywhere.source, 'iu')).test(stretch);
}

/** Index of the range (sentence or paragraph, sorted by start) holding offset `at`, or -1; a binary search, as there is one per quote. */
export function indexAt(ranges: readonly Range[], at: number): number {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (at < r.start) hi = mid - 1;
    else if (at >= r.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The range holding offset `at`, or `[at, at)` if none does. */
export function rangeAt(ranges: readonly Range[], at: number): Range {
  return ranges[indexAt(ranges, at)] ?? { start: at, end: at };
}

// Who can speak: people, and bodies speaking through someone ("Amnesty International said", "Venezuela said").
const SPEAKING = new Set(['organization', 'group', 'place']);

const entityIndexes = new WeakMap<readonly EntityMention[], SpanIndex<EntityMention>>();

/** The report's entities, indexed once for the refiners that ask about them (each built its own). */
export function entityIndexOf(entities: readonly EntityMention[]): SpanIndex<EntityMention> {
  let index = entityIndexes.get(entities);
  if (!index) entityIndexes.set(entities, (index = new SpanIndex(entities)));
  return index;
}

/** The person entity, else an organization, group or place, lying inside `[start, end)`. */
export function entityWithin(entities: SpanIndex<EntityMention>, start: number, end: number): EntityMention | undefined {
  const inside = entities.within(start, end);
  return inside.find((x) => x.type === 'person') ?? inside.find((x) => SPEAKING.has(x.type));
}
