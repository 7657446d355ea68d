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
import { lexicon, phraseSet } from '../../../lexicon/index.js';
import { byStart } from '../../../model/span.js';
import { need } from '../../../model/doc.js';
import { cuePatterns, entityWithin, esc } from '../quote-text.js';

const SPLIT_GAP = 60;
const SPEAKING_BODIES: ReadonlySet<string> = new Set(['organization', 'group']);
const TITLE_WINDOW = 40;

/** The last person before `at` written with `role` as a title ("President Nayib Bukele", "El Salvador's president, Nayib Bukele"). */
function roleHolder(text: string, persons: readonly EntityMention[], role: string, at: number): string | null {
  const titled = new RegExp(`\\b${esc(role)}\\b[\\s,]*$`, 'i');
  const holder = persons.filter((e) => e.end <= at && (e.role?.toLowerCase().split(/\s+/).includes(role) || titled.test(text.slice(Math.max(0, e.start - TITLE_WINDOW), e.start)))).pop();
  return holder?.canonical ?? null;
}

const APPOSED_AFTER = /^,\s+$/;
const APPOSED_BEFORE = /^,?\s+$/;

/**
 * The entity an earlier mention of the same description stood beside: "the Harlow Gazette, the influential daily"
 * or "the influential daily, the Harlow Gazette", "CNN host Erin Brooks", for a later "the influential daily said".
 */
function describedHolder(text: string, entities: readonly EntityMention[], description: string, at: number): string | null {
  const re = new RegExp(`(?<![\\p{L}])(?:(?:the|a|an)\\s+)?${esc(description)}(?![\\p{L}])`, 'giu');
  let holder: string | null = null;
  for (const m of text.slice(0, at).matchAll(re)) {
    const end = m.index + m[0].length;
    const next = entities.find((e) => e.start >= end && APPOSED_BEFORE.test(text.slice(end, e.start)) && e.start - end < 4);
    const previous = entities.find((e) => e.end <= m.index && APPOSED_AFTER.test(text.slice(e.end, m.index)));
    const found = next ?? previous;
    if (found && (found.type === 'person' || SPEAKING_BODIES.has(found.type))) holder = found.canonical;
  }
  return holder;
}

/**
 * Words no entity covers: the person whose full name ends with them, else the words without titles. One
 * capitalised word that is a common word ("Residents said") names nobody: it is a stopword, or the report
 * writes it in lower case elsewhere.
 */
function named(words: string, lowerWords: () => ReadonlySet<string>, persons: readonly EntityMention[], titles: ReadonlySet<string>): string | null {
  const bare = words.split(/\s+/).filter((w) => !titles.has(w.toLowerCase())).join(' ') || words;
  const last = bare.split(' ').pop()!;
  const full = persons.find((e) => e.canonical.includes(' ') && e.canonical.endsWith(` ${last}`))?.canonical;
  if (full) return full;
  const lower = bare.toLowerCase();
  if (!bare.includes(' ') && (phraseSet('entity-stopwords').has(lower) || lowerWords().has(lower))) return null;
  return bare;
}

/**
 * Who a pronoun is: a person who opened a sentence after the last named speaker's quote (the story moved
 * on to them), else that speaker, else the last person who opened a sentence, else the last person named.
 */
function pronounSpeaker(persons: readonly EntityMention[], sentenceStarts: ReadonlySet<number>, last: { speaker: string; end: number } | null, at: number): string | null {
  const before = persons.filter((e) => e.end <= at);
  // "Prime Minister Aurel Dantes said ..." opens its sentence as much as "Aurel Dantes said ..." does.
  const subjects = before.filter((e) => sentenceStarts.has(e.start) || (e.role !== null && sentenceStarts.has(e.start - e.role.length - 1)));
  const since = last ? subjects.filter((e) => e.start >= last.end).pop() : undefined;
  return since?.canonical ?? last?.speaker ?? subjects.pop()?.canonical ?? before.pop()?.canonical ?? null;
}

export const speakerRefiner: Refiner<QuoteMention> = {
  name: 'speaker',
  refine({ doc, text }, quotes) {
    const entities = doc.entity ?? [];
    const persons = entities.filter((e) => e.type === 'person' && !e.text.startsWith('@'));
    const titles = phraseSet('titles');
    const { pronoun, described } = cuePatterns();
    const determiners = new Set(lexicon<{ determiner: string[] }>('quote-speakers').determiner);
    const sentenceStarts = new Set(need(doc, 'segments').sentences.map((x) => x.start));
    let lower: ReadonlySet<string> | null = null;
    // Built once per report, and only when a speaker is a lone capitalised word.
    const lowerWords = () => (lower ??= new Set(text.match(/(?<![\p{L}’'-])\p{Ll}[\p{L}’'-]*/gu) ?? []));
    let lastSpeaker: { speaker: string; end: number } | null = null;
    const out: QuoteMention[] = [];
    for (const q of [...quotes].sort(byStart)) {
      let next = q;
      if (!q.speaker && q.speakerText && q.speakerSpan) {
        const words = q.speakerText;
        let speaker: string | null;
        let via: string;
        if (pronoun.test(words)) {
          speaker = pronounSpeaker(persons, sentenceStarts, lastSpeaker, q.speakerSpan.start);
          via = 'refiner/speaker-pronoun';
        } else if (described.test(words)) {
          const head = words.split(/\s+/).filter((w) => !determiners.has(w.toLowerCase())).pop()!.toLowerCase();
          // "the Department of Justice said": a body named after the determiner is that body; "the Trump team" is not Trump.
          const body = entities.find((e) => e.type !== 'person' && e.end === q.speakerSpan!.end && e.start > q.speakerSpan!.start && SPEAKING_BODIES.has(e.type));
          const description = words.split(/\s+/).filter((w, i) => i > 0 || !determiners.has(w.toLowerCase())).join(' ');
          speaker = body?.canonical ?? describedHolder(text, entities, description, q.speakerSpan.start) ?? roleHolder(text, persons, head, q.speakerSpan.start);
          via = 'refiner/speaker-described';
        } else {
          speaker = entityWithin(entities, q.speakerSpan.start, q.speakerSpan.end)?.canonical ?? named(words, lowerWords, persons, titles);
          via = 'refiner/speaker-name';
        }
        next = { ...q, speaker, via: [...q.via, via] };
      } else if (!q.speaker && !q.speakerText) {
        const previous = out.findLast((o) => !o.embedded && o.end <= q.start);
        if (previous?.speakerText && q.start - previous.end < SPLIT_GAP && !text.slice(previous.end, q.start).includes('\n')) {
          next = { ...q, speaker: previous.speaker, speakerText: previous.speakerText, speakerSpan: previous.speakerSpan, cue: previous.cue, cueSpan: previous.cueSpan, via: [...q.via, 'refiner/split-quote'] };
        }
      }
      if (next.speaker) lastSpeaker = { speaker: next.speaker, end: next.end };
      out.push(next);
    }
    return out;
  },
};
