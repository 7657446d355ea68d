/**
 * Finds each quote's cue and the words naming its speaker, trying in order:
 * a cue right after the closing mark on the same line (", he said"); a cue
 * right before the opening mark in the same paragraph, or in the paragraph
 * before when it ends with a colon ("X said:"); a name and a colon opening a
 * live-blog line ("Sánchez: "…""); a short next paragraph that is only the
 * cue ("X said."); a cue verb earlier in the quote's sentence, whose subject
 * is the sentence's opening name; a cue closing the quote's sentence after
 * other words (""…" after the outage, Minister X said"); the sentence after
 * the quote, when it names a speaker with a cue verb or a noun of speech
 * ("Those were the words of X", "X made the remark"). Resolving the words to
 * a canonical speaker is the speaker refiner's job.
 */
import type { EntityMention, QuoteMention } from '../../../model/mention.js';
import type { Range } from '../../../model/span.js';
import type { Refiner } from '../../common/extractor.js';
import { need } from '../../../model/doc.js';
import { lexicon, phraseSet } from '../../../lexicon/index.js';
import { cuePatterns, entityIndexOf, entityWithin, esc, indexAt, rangeAt } from '../quote-text.js';
import type { SpanIndex } from '../../common/span-index.js';

/** A cue found for a quote: the speaker's words and where they are. */
interface Found { readonly speakerText: string; readonly speakerStart: number; readonly cue: string; readonly cueStart: number; readonly via: string }

const NEXT_PARAGRAPH_MAX = 80;
// How far from its quote a cue is looked for: a cue is a few words, and a bound keeps long paragraphs linear.
const CUE_WINDOW = 200;
// What may sit between a quote's last word and its closing mark, and the mark itself.
const CLOSING = /^[,.!?\s]*["”'’]?/;

/** The cue as a whole word, compiled once per cue: the cues are lexicon words. */
const cueWords = new Map<string, RegExp>();
const cueWord = (cue: string) => cueWords.get(cue) ?? cueWords.set(cue, new RegExp(`\\b${esc(cue)}\\b`, 'g')).get(cue)!;

function fromMatch(m: RegExpExecArray, offset: number, via: string): Found | null {
  const g = m.groups ?? {};
  const raw = g['subject1'] ?? g['subject2'] ?? g['subject3'];
  const cue = g['cue1'] ?? g['cue2'] ?? g['cue3'];
  if (!raw || !cue) return null;
  // A name's last word may carry the sentence's full stop ("asked Peter Osk."); an initial keeps its own ("John Q.").
  const trimmed = raw.trim();
  const speakerText = trimmed.endsWith('.') ? trimmed.replace(/(\p{L}{2,})\.$/u, '$1') : trimmed;
  const subjectAt = m[0].indexOf(raw);
  return { speakerText, speakerStart: offset + m.index + subjectAt, cue, cueStart: offset + m.index + cueIndex(m[0], cue, subjectAt, subjectAt + raw.length), via };
}

/**
 * Where the cue stands in a match: its first use as a whole word outside the subject's words, so a cue
 * verb inside a name is not taken for it, else its first occurrence. Read by `exec` on the one regex per
 * cue: `matchAll` built a copy of it per quote.
 */
export function cueIndex(matched: string, cue: string, subjectStart: number, subjectEnd: number): number {
  const re = cueWord(cue);
  re.lastIndex = 0;
  for (let x = re.exec(matched); x; x = re.exec(matched)) if (x.index < subjectStart || x.index >= subjectEnd) return x.index;
  return matched.indexOf(cue);
}

/** How many letters, digits, spaces and commas `before` lets stand between a cue verb and the closing marks. */
const BEFORE_TAIL = 60;
const CLOSING_MARK = /[\s,:]/;
/** What `before` lets stand between a cue verb and the closing marks, beyond ASCII. */
const TAIL_BEYOND_ASCII = /[\p{L}\p{N}\s’]/u;

/** Whether the character at `i` is one `before` lets stand after its cue verb: `[\p{L}\p{N}\s,’'@-]`, ASCII by code. */
function inBeforeTail(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 128) return TAIL_BEYOND_ASCII.test(s[i]!);
  const letter = c | 32;
  return (letter >= 97 && letter <= 122) || (c >= 48 && c <= 57) || c === 32 || (c >= 9 && c <= 13) || c === 44 || c === 39 || c === 64 || c === 45;
}

/**
 * `before`'s match in `head`, or null. Every match ends in a cue verb, at most BEFORE_TAIL letters, digits,
 * spaces and commas and the closing spaces, commas and colons, or holds an attribution ("according to"):
 * where neither stands in `head` the pattern, which is tried from every position, is not run.
 */
export function beforeMatch(head: string): RegExpExecArray | null {
  const p = cuePatterns();
  let end = head.length;
  while (end > 0 && CLOSING_MARK.test(head[end - 1]!)) end--;
  // The cue verb lies in the run of such characters before the closing marks, and ends at most BEFORE_TAIL before them.
  const lo = Math.max(0, end - BEFORE_TAIL - p.longestVerb);
  let from = end;
  while (from > lo && inBeforeTail(head, from - 1)) from--;
  if (!p.verbStart.test(head.slice(from, end)) && !p.attributionStart.test(head)) return null;
  return p.before.exec(head);
}

function afterCue(text: string, q: QuoteMention, paragraph: Range): Found | null {
  const close = q.end + CLOSING.exec(text.slice(q.end))![0].length;
  const tail = text.slice(close, Math.min(paragraph.end, close + CUE_WINDOW));
  // After a full stop a capitalised word opens the next sentence, which has its own subject ("…done." Nobody argued.); "he said" may still follow.
  if (text.slice(q.end - 1, close + 1).includes('.') && /^[.\s]*\p{Lu}/u.test(tail)) return null;
  const m = cuePatterns().after.exec(tail);
  return m ? introducing(fromMatch(m, close, 'refiner/cue-after')) : null;
}

function beforeCue(text: string, q: QuoteMention, paragraph: Range, previous: Range | undefined): Found | null {
  const open = q.start - 1;
  const from = Math.max(paragraph.start, open - CUE_WINDOW);
  const head = text.slice(from, open);
  const m = beforeMatch(head);
  if (m) return fromMatch(m, from, 'refiner/cue-before');
  // A quotation that is its own paragraph, introduced by the paragraph before ("X said:").
  if (!previous || head.trim() !== '' || !/:\s*$/.test(text.slice(previous.start, previous.end))) return null;
  const introStart = Math.max(previous.start, previous.end - CUE_WINDOW);
  const intro = beforeMatch(text.slice(introStart, previous.end));
  return intro ? fromMatch(intro, introStart, 'refiner/cue-paragraph-before') : null;
}

function nextParagraphCue(text: string, q: QuoteMention, paragraph: Range, next: Range | undefined): Found | null {
  const close = q.end + CLOSING.exec(text.slice(q.end))![0].length;
  if (!next || paragraph.end - close > CUE_WINDOW || !/^[,.]?\s*$/.test(text.slice(close, paragraph.end))) return null;
  const line = text.slice(next.start, next.end);
  if (line.trim().length > NEXT_PARAGRAPH_MAX || !/[.!?]\s*$/.test(line)) return null;
  const m = cuePatterns().after.exec(line);
  return m ? introducing(fromMatch(m, next.start, 'refiner/cue-next-paragraph')) : null;
}

/** The sentence's subject: the entity or capitalised name it opens with, else its first person named (not a possessive). */
function sentenceSubject(text: string, sentence: Range, until: number, entities: readonly EntityMention[]): { text: string; start: number } | null {
  // "US Trade Representative Lio Ferra thanked ...": the titled person, not the place opening the title.
  const titled = entities.find((e) => e.type === 'person' && e.role && e.end <= until && text.slice(sentence.start, e.start).trim() === e.role);
  if (titled) return { text: text.slice(sentence.start, titled.end), start: sentence.start };
  const opening = entities.find((e) => e.start === sentence.start && e.end <= until);
  if (opening) return opening;
  // "The Interior Ministry has rejected …, saying": a body after the opening determiner; "He said …": a pronoun the speaker refiner resolves.
  const lead = /^(?:the|a|an)\s+/i.exec(text.slice(sentence.start, until));
  const body = lead ? entities.find((e) => e.start === sentence.start + lead[0].length && e.end <= until && e.type !== 'person') : undefined;
  if (body) return body;
  const pronoun = /^(\p{L}+)\s/u.exec(text.slice(sentence.start, until));
  if (pronoun && cuePatterns().pronoun.test(pronoun[1]!)) return { text: pronoun[1]!, start: sentence.start };
  const word = /^([A-Z][\p{L}’'-]+)\s+\p{Ll}/u.exec(text.slice(sentence.start, until));
  // A possessive opener ("Kessling's coach, Dieter Brandt, said") is whose, not who: the person named after it is.
  if (word && !phraseSet('entity-stopwords').has(word[1]!.toLowerCase()) && !/['’]s$/.test(word[1]!)) return { text: word[1]!, start: sentence.start };
  return entities.find((e) => e.type === 'person' && e.start >= sentence.start && e.end <= until && !/['’]s$/.test(e.text)) ?? null;
}

function sentenceCue(text: string, q: QuoteMention, sentence: Range, entities: readonly EntityMention[]): Found | null {
  const open = q.start - 1;
  const from = Math.max(sentence.start, open - CUE_WINDOW * 2);
  const cue = cuePatterns().anywhere.exec(text.slice(from, Math.max(from, open)));
  if (!cue) return null;
  const subject = sentenceSubject(text, sentence, from + cue.index, entities);
  return subject ? { speakerText: subject.text, speakerStart: subject.start, cue: cue[1]!, cueStart: from + cue.index + cue[0].indexOf(cue[1]!), via: 'refiner/cue-in-sentence' } : null;
}

// A quote right after another quote's close in its paragraph is the second half of a split quote, not introduced by the next sentence.
const SPLIT_GAP = 60;

function nextSentenceCue(text: string, q: QuoteMention, sentences: readonly Range[], paragraph: Range, entities: SpanIndex<EntityMention>): Found | null {
  // Only a quotation that is its own sentence: one inside a sentence ("X staked his office on it: "…"") is that sentence's.
  if (text.slice(rangeAt(sentences, q.start - 1).start, q.start - 1).trim() !== '') return null;
  const close = q.end + CLOSING.exec(text.slice(q.end))![0].length;
  if (!/[.!?]/.test(text.slice(q.end - 1, close)) || /["”]/.test(text.slice(Math.max(paragraph.start, q.start - 1 - SPLIT_GAP), q.start - 1))) return null;
  const next = sentences.find((s) => s.start >= close);
  if (!next || /\n\s*\n[\s\S]*\n\s*\n/.test(text.slice(close, next.start))) return null;
  const sentence = text.slice(next.start, next.end);
  if (/["“”]/.test(sentence)) return null;
  const pronoun = cuePatterns().pronounCue.exec(sentence);
  if (pronoun) return introducing(fromMatch(pronoun, next.start, 'refiner/cue-next-sentence'));
  const cue = cuePatterns().speech.exec(sentence.slice(0, CUE_WINDOW / 2));
  if (!cue || beforeOnly(cue[1]!)) return null;
  const who = entityWithin(entities, next.start, Math.min(next.end, next.start + cue.index + cue[0].length + CUE_WINDOW / 4));
  return who ? { speakerText: who.text, speakerStart: who.start, cue: cue[1]!, cueStart: next.start + cue.index, via: 'refiner/cue-next-sentence' } : null;
}

/** A verb of naming or judging introduces the words after it ("described the plan as "…""), never the quote before it. */
const beforeOnly = (cue: string) => lexicon<{ beforeOnly: string[] }>('quote-speakers').beforeOnly.includes(cue.toLowerCase());
const introducing = (found: Found | null): Found | null => (found && beforeOnly(found.cue) ? null : found);

/** A cue whose subject is one capitalised common word ("notes released Monday say") names nobody: the sentence's subject may. */
function names(found: Found | null): Found | null {
  return found && !/\s/.test(found.speakerText) && !cuePatterns().pronoun.test(found.speakerText) && phraseSet('entity-stopwords').has(found.speakerText.toLowerCase()) ? null : found;
}

/** "17:10 GMT - Sánchez: "…"": a person's name and a colon right before the quotation, as live blogs and headlines attribute. */
function colonCue(text: string, q: QuoteMention, paragraph: Range, entities: SpanIndex<EntityMention>): Found | null {
  const open = q.start - 1;
  const from = Math.max(paragraph.start, open - CUE_WINDOW / 2);
  const m = cuePatterns().colon.exec(text.slice(from, open));
  if (!m) return null;
  const found = fromMatch(m, from, 'refiner/cue-colon');
  return found && entityWithin(entities, found.speakerStart, found.speakerStart + found.speakerText.length)?.type === 'person' ? found : null;
}

/** "Australia's economy is "now in recovery" after …, Minister Clare O'Neil said on Saturday": the cue closing the quote's sentence. */
function trailingCue(text: string, q: QuoteMention, sentence: Range): Found | null {
  const close = q.end + CLOSING.exec(text.slice(q.end))![0].length;
  const end = Math.min(sentence.end, close + CUE_WINDOW);
  if (/["“”]/.test(text.slice(close, end))) return null;
  for (let at = text.indexOf(',', close); at >= 0 && at < end; at = text.indexOf(',', at + 1)) {
    const m = cuePatterns().after.exec(text.slice(at, end));
    const found = m ? introducing(fromMatch(m, at, 'refiner/cue-trailing')) : null;
    if (found && !cuePatterns().described.test(found.speakerText)) return found;
  }
  return null;
}

export const cueRefiner: Refiner<QuoteMention> = {
  name: 'cue',
  refine({ doc, text }, quotes) {
    if (!quotes.length) return quotes;
    const { paragraphs, sentences } = need(doc, 'segments');
    const entities = doc.entity ?? [];
    const entityIndex = entityIndexOf(entities);
    return quotes.map((q) => {
      if (q.embedded || q.speakerText) return q;
      const open = q.start - 1;
      const pIndex = indexAt(paragraphs, open);
      const paragraph = paragraphs[pIndex] ?? { start: open, end: open };
      // After a colon the quote is what the words before it introduce, not what follows it.
      const found = (/:\s*$/.test(text.slice(Math.max(paragraph.start, open - CUE_WINDOW), open)) ? null : names(afterCue(text, q, paragraph)))
        ?? names(beforeCue(text, q, paragraph, pIndex > 0 ? paragraphs[pIndex - 1] : undefined))
        ?? colonCue(text, q, paragraph, entityIndex)
        ?? nextParagraphCue(text, q, paragraph, pIndex >= 0 ? paragraphs[pIndex + 1] : undefined)
        ?? sentenceCue(text, q, rangeAt(sentences, open), entities)
        ?? trailingCue(text, q, rangeAt(sentences, open))
        ?? nextSentenceCue(text, q, sentences, paragraph, entityIndex);
      if (!found) return q;
      return { ...q, speakerText: found.speakerText, speakerSpan: { start: found.speakerStart, end: found.speakerStart + found.speakerText.length },
        cue: found.cue, cueSpan: { start: found.cueStart, end: found.cueStart + found.cue.length }, via: [...q.via, found.via, 'lexicon/cue-verbs'] };
    });
  },
};
