/**
 * Resolves the words naming a quote's speaker to a canonical name, in
 * document order because some resolve to an earlier speaker:
 * - a pronoun ("he said") is the last named speaker, unless the story has since
 *   moved on to another person (see pronounSpeaker);
 * - a described speaker ("a senior administration official") stays unnamed,
 *   unless its words end with an organization's name ("the Department of
 *   Justice"), or its words were written earlier beside a name ("the
 *   Harlow Gazette, the influential daily", "CNN host Erin Brooks"), or its
 *   head is a role ("the president") given earlier as a title to a named
 *   person ("President Nayib Bukele"): then it is that body or person;
 * - a name, surname or @handle is the entity it is (the entity stage already
 *   resolves "Bukele" and "@nayibbukele" to "Nayib Bukele"), else the person
 *   whose full name ends with it, else the words without their titles;
 * - a quote with no cue right after another quote in the same paragraph is
 *   the second half of a split quote ("…," he said. "…"): same speaker.
 */
import type { EntityMention, QuoteMention } from '../../../model/mention.js';
import type { Refiner } from '../../common/extractor.js';
import { fromLexicons, lexicon, phraseSet } from '../../../lexicon/index.js';
import { byStart } from '../../../model/span.js';
import { need } from '../../../model/doc.js';
import { cuePatterns, entityIndexOf, entityWithin, esc } from '../quote-text.js';

const SPLIT_GAP = 60;
const SPEAKING_BODIES: ReadonlySet<string> = new Set(['organization', 'group']);
const TITLE_WINDOW = 40;

/** The last person before `at` written with `role` as a title ("President Nayib Bukele", "El Salvador's president, Nayib Bukele"). */
function roleHolder(text: string, persons: readonly EntityMention[], role: string, at: number): string | null {
  const titled = new RegExp(`\\b${esc(role)}\\b[\\s,]*$`, 'i');
  const holder = persons.filter((e) => e.end <= at && (e.role?.toLowerCase().split(/\s+/).includes(role) || titled.test(text.slice(Math.max(0, e.start - TITLE_WINDOW), e.start)))).pop();
  return holder?.canonical ?? null;
}

const APPOSED_BEFORE = /^,?\s+$/;

/** Where a comma stands before `at` with only spaces after it (", the influential daily"), else -1: an apposed entity ends there. */
function commaBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i < at && text[i - 1] === ',' ? i - 1 : -1;
}

/** Printable ASCII, as descriptions are written: lower-casing such words agrees with the pattern's case folding. */
const ASCII = /^[ -~]*$/;
/**
 * ASCII, and the marks beyond it news text holds (curly quotes, dashes, no-break spaces): none has a case, so
 * lower-casing such a text keeps every offset, and only its ASCII letters match an ASCII letter of a pattern
 * that ignores case ("ſ" and the Kelvin sign, which match "s" and "k", are not among them).
 */
const CASELESS_MARKS = /^[\0-\x7f\u00a0-\u00bf\u2000-\u206f]*$/;
const SPACE = /\s/;

/** The last report's text lower-cased, when it holds nothing but CASELESS_MARKS (else null): a report's quotes ask of one text. */
let lowered: { readonly text: string; readonly lower: string | null } = { text: '', lower: '' };
function lowerCaseOf(text: string): string | null {
  if (lowered.text !== text) lowered = { text, lower: CASELESS_MARKS.test(text) ? text.toLowerCase() : null };
  return lowered.lower;
}

/**
 * Where `description` is written before `at`, with an article or without ("the influential daily"), as whole words:
 * the index and length of each match of the pattern, in order. An ASCII description is found by searching the
 * lower-cased text (see CASELESS_MARKS), and the pattern (new for each description, so run by V8's interpreter)
 * is tried only from the few places before each find where an article and spaces may open it.
 */
export function descriptionMatches(text: string, description: string, at: number): [index: number, length: number][] {
  const source = `(?<![\\p{L}])(?:(?:the|a|an)\\s+)?${esc(description)}(?![\\p{L}])`;
  const before = text.slice(0, at);
  const out: [number, number][] = [];
  const lower = ASCII.test(description) ? lowerCaseOf(text) : null;
  if (lower === null) {
    // An ASCII letter may fold from a letter beyond ASCII ("ſ" is "s" to the pattern): every place is tried.
    if (ASCII.test(description) && !before.includes('ſ') && !before.toLowerCase().includes(description.toLowerCase())) return out;
    for (const m of before.matchAll(new RegExp(source, 'giu'))) out.push([m.index, m[0].length]);
    return out;
  }
  const wanted = description.toLowerCase();
  const re = new RegExp(source, 'iuy');
  for (let from = 0, found = lower.indexOf(wanted); found >= 0 && found + wanted.length <= at; found = lower.indexOf(wanted, from)) {
    // A match holding this find opens at most an article ("the", three letters) and its spaces before it.
    let open = found;
    while (open > 0 && SPACE.test(text[open - 1]!)) open--;
    from = Math.max(from, open - 3);
    let m: RegExpExecArray | null = null;
    for (; from <= found && !m; from++) {
      re.lastIndex = from;
      m = re.exec(before);
    }
    if (m) {
      out.push([m.index, m[0].length]);
      from = m.index + m[0].length;
    }
  }
  return out;
}

/**
 * The entity an earlier mention of the same description stood beside: "the Harlow Gazette, the influential daily"
 * or "the influential daily, the Harlow Gazette", "CNN host Erin Brooks", for a later "the influential daily said".
 */
function describedHolder(text: string, entities: readonly EntityMention[], description: string, at: number): string | null {
  let holder: string | null = null;
  for (const [index, length] of descriptionMatches(text, description, at)) {
    const end = index + length;
    const next = entities.find((e) => e.start >= end && e.start - end < 4 && APPOSED_BEFORE.test(text.slice(end, e.start)));
    const comma = commaBefore(text, index);
    const previous = comma < 0 ? undefined : entities.find((e) => e.end === comma);
    const found = next ?? previous;
    if (found && (found.type === 'person' || SPEAKING_BODIES.has(found.type))) holder = found.canonical;
  }
  return holder;
}

const LOWER_WORD = /^\p{Ll}[\p{L}’'-]*$/u;
const OPENS_WORD = /(?<![\p{L}’'-])/uy;
const ENDS_WORD = /(?![\p{L}’'-])/uy;

/**
 * Whether `word` (lower case) is written in the text as a whole word: the letters, apostrophes and hyphens
 * around it are its own. Each place the word is found is tested; the report's every lower-case word was
 * collected into a set before, once per report, which cost more than all of these searches.
 */
export function writtenInLowerCase(text: string, word: string): boolean {
  if (!LOWER_WORD.test(word)) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    OPENS_WORD.lastIndex = at;
    ENDS_WORD.lastIndex = at + word.length;
    if (OPENS_WORD.test(text) && ENDS_WORD.test(text)) return true;
  }
  return false;
}

/**
 * Words no entity covers: the person whose full name ends with them, else the words without titles. One
 * capitalised word that is a common word ("Residents said") names nobody: it is a stopword, or the report
 * writes it in lower case elsewhere.
 */
function named(text: string, words: string, persons: readonly EntityMention[], titles: ReadonlySet<string>): string | null {
  const bare = words.split(/\s+/).filter((w) => !titles.has(w.toLowerCase())).join(' ') || words;
  const last = bare.split(' ').pop()!;
  const full = persons.find((e) => e.canonical.includes(' ') && e.canonical.endsWith(` ${last}`))?.canonical;
  if (full) return full;
  const lower = bare.toLowerCase();
  if (!bare.includes(' ') && (phraseSet('entity-stopwords').has(lower) || writtenInLowerCase(text, lower))) return null;
  return bare;
}

/** Index of the last start at or before `at` in sorted `starts`, or -1. */
function indexBefore(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= at) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

type Gender = 'female' | 'male' | null;

interface NamesLexicon { readonly female: readonly string[]; readonly male: readonly string[]; readonly femaleTitles: readonly string[]; readonly maleTitles: readonly string[] }

/** A person's gender as far as the text tells: a title ("Mrs", "Sir") or a given name in lexicon given-names; null when it does not. */
function genderOf(person: Pick<EntityMention, 'canonical' | 'role'>): Gender {
  const names = fromLexicons('given-names-sets', () => {
    const lex = lexicon<NamesLexicon>('given-names');
    return { female: new Set(lex.female), male: new Set(lex.male), femaleTitles: new Set(lex.femaleTitles), maleTitles: new Set(lex.maleTitles) };
  });
  const role = person.role?.toLowerCase().split(/\s+/) ?? [];
  if (role.some((r) => names.femaleTitles.has(r))) return 'female';
  if (role.some((r) => names.maleTitles.has(r))) return 'male';
  const first = person.canonical.split(/\s+/)[0]!.toLowerCase();
  return names.female.has(first) ? 'female' : names.male.has(first) ? 'male' : null;
}

const PRONOUN_GENDER: Readonly<Record<string, Gender>> = { he: 'male', she: 'female' };

/**
 * Who a pronoun is: a person who opened a sentence after the last named speaker's quote (the story moved
 * on to them), else that speaker, else the last person who opened a sentence, else the last person named;
 * each only if they fit the pronoun ("he" is no woman the text names as one). When the last speaker does
 * not fit, the last fitting person named since their quote ("Halvor met Tomas Reyl. "…," he said").
 */
const SUBJECT_LEAD = /^(?:[\p{L}'’.-]+\s+){0,2}[\p{L}'’.-]+,?\s+$/u;

/** A few words before a person's name leave it the sentence's subject when they are its titles: "Opposition leader Jonas Ferreira", "His manager, Ruth Okafor,". */
function titledLead(lead: string, titles: ReadonlySet<string>): boolean {
  if (!SUBJECT_LEAD.test(lead)) return false;
  const words = lead.replace(/,/g, ' ').trim().split(/\s+/);
  return /^\p{Lu}/u.test(words[0]!) && words.slice(1).every((w) => /^\p{Lu}/u.test(w) || titles.has(w.toLowerCase())) && words.some((w) => titles.has(w.toLowerCase()));
}

/** Persons a pronoun looks back over, at most: the answer is nearly always among the last few named. */
const PRONOUN_LOOKBACK = 200;

function pronounSpeaker(text: string, persons: readonly EntityMention[], sentenceStarts: readonly number[], last: { speaker: string; end: number } | null, at: number, pronoun: string, personNamed: ReadonlyMap<string, EntityMention>): string | null {
  const wanted = PRONOUN_GENDER[pronoun.toLowerCase()] ?? null;
  const fits = (p: Pick<EntityMention, 'canonical' | 'role'>) => !wanted || (genderOf(p) ?? wanted) === wanted;
  // "Prime Minister Aurel Dantes said ..." opens its sentence as much as "Aurel Dantes said ..." does.
  const opens = (e: EntityMention) => {
    const start = sentenceStarts[indexBefore(sentenceStarts, e.start)] ?? 0;
    return start === e.start || titledLead(text.slice(start, e.start), phraseSet('titles'));
  };
  // Walking back from the pronoun: the first fitting person is the last named, the first opener the last subject.
  let lastBefore: EntityMention | undefined;
  let lastSubject: EntityMention | undefined;
  let recent: EntityMention | undefined;
  let since: EntityMention | undefined;
  let seen = 0;
  for (let i = startingBefore(persons, at) - 1; i >= 0 && seen < PRONOUN_LOOKBACK; i--) {
    const e = persons[i]!;
    if (e.end > at || !fits(e)) continue;
    seen++;
    const after = last !== null && e.start >= last.end;
    const subject = opens(e);
    lastBefore ??= e;
    if (after) recent ??= e;
    if (subject) {
      lastSubject ??= e;
      if (after) since ??= e;
    }
    if (lastSubject && !after) break;
  }
  if (since) return since.canonical;
  if (last && fits(personNamed.get(last.speaker) ?? { canonical: last.speaker, role: null })) return last.speaker;
  return recent?.canonical ?? lastSubject?.canonical ?? lastBefore?.canonical ?? null;
}

/** How many of `spans` (in text order) start before `at`. */
function startingBefore(spans: readonly EntityMention[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export const speakerRefiner: Refiner<QuoteMention> = {
  name: 'speaker',
  refine({ doc, text }, quotes) {
    if (!quotes.length) return quotes;
    const entities = doc.entity ?? [];
    const persons = entities.filter((e) => e.type === 'person' && !e.text.startsWith('@')).sort(byStart);
    const personNamed = new Map<string, EntityMention>();
    for (const e of persons) if (!personNamed.has(e.canonical)) personNamed.set(e.canonical, e);
    const entityIndex = entityIndexOf(entities);
    const titles = phraseSet('titles');
    const { pronoun, described } = cuePatterns();
    const determiners = new Set(lexicon<{ determiner: string[] }>('quote-speakers').determiner);
    const sentenceStarts = need(doc, 'segments').sentences.map((x) => x.start);
    let lastSpeaker: { speaker: string; end: number } | null = null;
    const out: QuoteMention[] = [];
    for (const q of [...quotes].sort(byStart)) {
      let next = q;
      if (!q.speaker && q.speakerText && q.speakerSpan) {
        const words = q.speakerText;
        let speaker: string | null;
        let via: string;
        if (pronoun.test(words)) {
          speaker = pronounSpeaker(text, persons, sentenceStarts, lastSpeaker, q.speakerSpan.start, words, personNamed);
          via = 'refiner/speaker-pronoun';
        } else if (described.test(words)) {
          const head = words.split(/\s+/).filter((w) => !determiners.has(w.toLowerCase())).pop()!.toLowerCase();
          // "the Department of Justice said": a body named after the determiner is that body; "the Trump team" is not Trump.
          const body = entityIndex.within(q.speakerSpan.start + 1, q.speakerSpan.end).find((e) => e.type !== 'person' && e.end === q.speakerSpan!.end && SPEAKING_BODIES.has(e.type));
          const description = words.split(/\s+/).filter((w, i) => i > 0 || !determiners.has(w.toLowerCase())).join(' ');
          speaker = body?.canonical ?? describedHolder(text, entities, description, q.speakerSpan.start) ?? roleHolder(text, persons, head, q.speakerSpan.start);
          via = 'refiner/speaker-described';
        } else {
          speaker = entityWithin(entityIndex, q.speakerSpan.start, q.speakerSpan.end)?.canonical ?? named(text, words, persons, titles);
          via = 'refiner/speaker-name';
        }
        next = { ...q, speaker, via: [...q.via, via] };
      } else if (!q.speaker && !q.speakerText) {
        const previous = out.findLast((o) => !o.embedded && o.end <= q.start);
        // The gap is counted from the end of the previous quote's cue and speaker: "…," said a student who walked the whole route. "…"
        const after = Math.max(previous?.end ?? 0, previous?.speakerSpan?.end ?? 0, previous?.cueSpan?.end ?? 0);
        if (previous?.speakerText && q.start - after < SPLIT_GAP && !text.slice(previous.end, q.start).includes('\n')) {
          next = { ...q, speaker: previous.speaker, speakerText: previous.speakerText, speakerSpan: previous.speakerSpan, cue: previous.cue, cueSpan: previous.cueSpan, via: [...q.via, 'refiner/split-quote'] };
        }
      }
      if (next.speaker) lastSpeaker = { speaker: next.speaker, end: next.end };
      out.push(next);
    }
    return out;
  },
};
