/**
 * Claims: per sentence, one frame per event trigger (lexicon data), with the
 * quantities, times, entities and voice of that sentence.
 */
import type { Claim, Modality, Voice } from '../model/claim.js';
import type { Doc } from '../model/doc.js';
import type { EntityMention, TimeMention } from '../model/mention.js';
import { need } from '../model/doc.js';
import type { Range } from '../model/span.js';
import { spanOf } from '../model/span.js';
import type { Context } from '../core/context.js';
import { defineStage } from '../core/stage.js';
import { fromLexicons, lexicon } from '../lexicon/index.js';
import { mentionIndex } from './mention-index.js';
import { READ_LANGUAGES } from '../model/report.js';

interface TriggerLexicon {
  readonly triggers: Readonly<Record<string, string>>;
  readonly planned: readonly string[];
  readonly negation: readonly string[];
  /** Words of joining ("took part") and the gatherings they count the crowd of. */
  readonly joining: { readonly phrases: readonly string[]; readonly types: readonly string[] };
}

const inside = (r: Range, s: Range) => r.start >= s.start && r.end <= s.end;
const distance = (a: Range, b: Range) => (a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);

/** Words of a source after "according to": up to the clause's end, at most this many. */
const SOURCE_WORDS = 6;

/** Characters after a figure within which an "according to" is the figure's own. */
const TRAILING_REACH = 40;
/**
 * The phrase a source is: it ends at a clause mark, a dash, a number, or "and" opening the next figure
 * ("according to police and between 275,000 and 325,000 according to...").
 */
const SOURCE_PHRASE = /^\s*([^,.;:!?"“”()\n–—\d]+?)(?=\s+-\s|\s+(?:and|but|while|y|e|pero|mas)\s+(?:between|about|around|some|nearly|over|more|less|up|entre|cerca|unos|\d)|\s*\d|\s*[,.;:!?"“”()\n–—]|\s*$)/i;

/**
 * Who "according to" names: the name that opens the phrase after it, else the phrase itself
 * ("according to organisers", "according to the police"), never a name further on in the sentence.
 */
function accordingTo(doc: Doc, from: number, sentenceEnd: number): string | null {
  const m = SOURCE_PHRASE.exec(doc.report.text.slice(from, Math.min(sentenceEnd, from + 80)));
  if (!m) return null;
  const start = from + m[0].length - m[1]!.length;
  const words = m[1]!.trim().split(/\s+/).slice(0, SOURCE_WORDS);
  const end = start + words.join(' ').length;
  const named = mentionIndex(doc).entity.within(start, sentenceEnd).find((e) => e.start < end);
  // "according to the police", "según la Guardia Civil", "segundo a apuração": the article goes.
  return named?.canonical ?? (words.join(' ').replace(/^(?:the|el|la|los|las|o|a|os|as)\s+/i, '') || null);
}

/** Words that work as "according to" in the other languages read ("según", "segundo", "de acordo com"): their source is the phrase after them. */
const accordingWords = () => fromLexicons('according-to-words', () => new Set([...READ_LANGUAGES].filter((l) => l !== 'en')
  .flatMap((l) => lexicon<{ accordingTo?: readonly string[] }>(`${l}/cues`).accordingTo ?? [])));

/**
 * The few words that open the clause before a cue, when they are all there is ("The police put the
 * turnout at"): "police". "He" or "she" is the last person named before; another pronoun names no one.
 */
function subjectBefore(doc: Doc, cue: Range, sentence: Range): string | null {
  const before = doc.report.text.slice(sentence.start, cue.start);
  const words = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1).trim()
    .replace(/^(?:while|whereas|but|and|although|though)\s+/i, '').replace(/^the\s+/i, '');
  if (/^(?:he|she)$/i.test(words)) return mentionIndex(doc).entity.within(0, sentence.start).filter((e) => e.type === 'person').at(-1)?.canonical ?? null;
  if (/^(?:it|they|we|i|you|this|that)$/i.test(words)) return null;
  return words && words.split(/\s+/).length <= SOURCE_WORDS - 3 ? words : null;
}

/** Who speaks before a cue: its last person ("Marrow posted a video on X and said"), else its last name. */
function speakerBefore(entities: readonly EntityMention[]): EntityMention | undefined {
  return entities.filter((e) => e.type === 'person').pop() ?? entities.at(-1);
}

/**
 * How a report voices what lies in `range`, with the span of the words that make it so: inside a
 * quote → attributed; a hedge nearby → hedged; else asserted. A claim is voiced by the first cue of
 * its sentence; with `nearestCue`, a single figure by the cue nearest before it.
 */
export function voiceOf(doc: Doc, range: Range, sentence: Range, nearestCue = false): Pick<Claim, 'voice' | 'attributedTo' | 'voiceCue'> {
  const { voice, attributedTo, cue } = voiceAndCue(doc, range, sentence, nearestCue);
  return { voice, attributedTo, voiceCue: cue ? spanOf(doc.report.text, cue.start, cue.end) : null };
}

function voiceAndCue(doc: Doc, range: Range, sentence: Range, nearestCue: boolean): { voice: Voice; attributedTo: string | null; cue: Range | null } {
  const index = mentionIndex(doc);
  const quote = index.quote.covering(range.start, range.end, 1);
  if (quote) return { voice: 'attributed', attributedTo: quote.speaker ?? quote.speakerText, cue: quote.cueSpan };
  const cues = index.cue.within(sentence.start, sentence.end);
  const hedge = cues.find((c) => c.function === 'hedge' && (c.lemma.startsWith('according to report') || c.lemma.startsWith('with report') || (c.start >= range.start - 2 && c.end <= range.end + 2) || !/^alleged/.test(c.lemma)));
  if (hedge) return { voice: 'hedged', attributedTo: null, cue: hedge };
  const reported = index.quoteSpeaker.within(sentence.start, sentence.end)[0]?.quote;
  // For a figure, the cue nearest before it: "police said, while the organisers claimed 85,000".
  const attributions = cues.filter((c) => c.function === 'attribution' || c.function === 'citation');
  // "107,000 according to police and 275,000 according to the monitors": an "according to" right after a
  // figure, with no other number between, is its own.
  const isAccording = (c: (typeof attributions)[number]) => c.lemma === 'according to' || accordingWords().has(c.lemma);
  const trailing = nearestCue ? attributions.find((c) => isAccording(c) && c.start >= range.end && c.start - range.end <= TRAILING_REACH
    && !/\d/.test(doc.report.text.slice(range.end, c.start))) : undefined;
  const attribution = trailing ?? (nearestCue ? attributions.filter((c) => c.end <= range.start).at(-1) : undefined) ?? attributions[0];
  // An estimate's words may hold the event's own ("put the number of dead at three").
  const according = attribution ? isAccording(attribution) : false;
  if (attribution && (reported || according || attribution.end <= range.start || inside(range, attribution))) {
    if (according) return { voice: 'attributed', attributedTo: accordingTo(doc, attribution.end, sentence.end), cue: attribution };
    // A figure's own cue speaks for its clause only ("..., while the organisers claimed 85,000").
    const clauseStart = nearestCue ? sentence.start + Math.max(0, doc.report.text.slice(sentence.start, attribution.start).search(/[,;][^,;]*$/)) : sentence.start;
    // "said the mayor, Ilse Marrow" names the speaker after the cue; "posted a video on X" names a place it was said.
    const after = (e: Range) => !/\b(?:on|in|at|to|from|with|about|for)\b/.test(doc.report.text.slice(attribution.end, e.start));
    const inSentence = index.entity.within(sentence.start, sentence.end);
    // "Bukele said the US would pay": a name right before the verb is its subject, whatever name follows.
    const subject = inSentence.filter((e) => e.end <= attribution.start && e.start >= clauseStart && /^\s+$/.test(doc.report.text.slice(e.end, attribution.start))).at(-1);
    const who = subject ?? inSentence.find((e) => e.start >= attribution.end && e.start - attribution.end < 40 && after(e))
      ?? speakerBefore(inSentence.filter((e) => e.end <= attribution.start && e.start >= clauseStart));
    return { voice: 'attributed', attributedTo: who?.canonical ?? attribution.source ?? subjectBefore(doc, attribution, sentence), cue: attribution };
  }
  const closing = attribution && attribution.start > range.end ? trailingSource(doc, range, attribution, sentence) : null;
  if (closing) return { voice: 'attributed', attributedTo: closing, cue: attribution! };
  // "..., reports Reuters news agency, although ...": a citation after the figure names its source after the verb.
  const citing = cues.find((c) => c.function === 'citation' && c.start > range.end && c.source);
  if (citing) return { voice: 'attributed', attributedTo: citing.source, cue: citing };
  return { voice: 'asserted', attributedTo: null, cue: null };
}

/**
 * "The flood killed seven people, officials said.": a cue verb that closes the sentence after a
 * comma attributes what comes before it to the words between the comma and the verb. Null when the
 * sentence does not end so.
 */
function trailingSource(doc: Doc, range: Range, cue: Range, sentence: Range): string | null {
  const text = doc.report.text;
  // It closes the sentence, or its clause before another ("..., police said, while organisers ...").
  if (!/^[\s\p{L}]{0,30}[.!?"”]*\s*$/u.test(text.slice(cue.end, sentence.end)) && !/^\s*,/.test(text.slice(cue.end, sentence.end))) return null;
  const comma = text.lastIndexOf(',', cue.start);
  if (comma < range.end) return null;
  const words = text.slice(comma + 1, cue.start).trim();
  if (!words || words.split(/\s+/).length > SOURCE_WORDS) return null;
  const entities = mentionIndex(doc).entity;
  const named = speakerBefore(entities.within(comma + 1, cue.start));
  if (named) return named.canonical;
  // "the service" after "the Estmark Rescue Service": the body named earlier whose head word it repeats.
  const head = /^the\s+(\p{Ll}+)$/u.exec(words)?.[1];
  const earlier = head ? entities.within(0, comma).filter((e) => e.type !== 'person' && e.canonical.toLowerCase().endsWith(` ${head}`)).pop() : undefined;
  return earlier?.canonical ?? words.replace(/^(?:the|a|an)\s+/i, '');
}

export function extractClaims(doc: Doc, _ctx: Context): Claim[] {
  const text = need(doc, 'clean').text;
  const { sentences, tokens } = need(doc, 'segments');
  const lex = lexicon<TriggerLexicon>('event-triggers');
  const joiningWords = fromLexicons('joining-words', () => new RegExp(`\\b(?:${lex.joining.phrases.join('|')})\\b`));
  const claims: Claim[] = [];
  const time = doc.time ?? [];
  const index = mentionIndex(doc);
  // Claims point into the report's mention lists by position.
  const timeAt = new Map(time.map((t, i) => [t, i]));
  const quantityAt = new Map((doc.quantity ?? []).map((q, i) => [q, i]));
  let ti = 0;
  // The latest gathering the report has named and the time nearest it, for a later sentence that counts who joined it.
  let gathering: { type: string; when: TimeMention | null } | null = null;
  for (const s of sentences) {
    while (ti < tokens.length && tokens[ti]!.end <= s.start) ti++;
    const words: { norm: string; start: number; end: number }[] = [];
    for (let k = ti; k < tokens.length && tokens[k]!.start < s.end; k++) words.push(tokens[k]!);
    const sentenceText = text.slice(s.start, s.end).toLowerCase();
    // One claim per event type the sentence counts ("12 were killed and 40 injured": a death and an
    // injury); each quantity belongs to the nearest trigger, the one whose argument it fills.
    const triggers: { w: { start: number; end: number }; type: string }[] = [];
    const datesHere = index.time.within(s.start, s.end);
    for (const w of words) {
      // "March 9" is a date, not a march.
      if (datesHere.some((t) => t.start <= w.start && w.end <= t.end)) continue;
      const type = lex.triggers[w.norm];
      if (type && !triggers.some((t) => t.type === type)) triggers.push({ w, type });
    }
    const datesOnly = datesHere.filter((t) => t.type !== 'DURATION' && t.type !== 'SET');
    const nearestTime = (w: Range) => datesOnly.reduce<TimeMention | null>((best, t) => (!best || distance(t, w) < distance(best, w) ? t : best), null);
    let sentenceQs = index.quantity.within(s.start, s.end).map((q) => [q, quantityAt.get(q)!] as const);
    // "An estimated 32,000 people took part": no word of the sentence names the event, but joining
    // counts the crowd of the gathering named before it, with the figures of its own clause (not one
    // in another: "..., although organisers said it was closer to 85,000").
    const joining = gathering && !triggers.length ? joiningWords.exec(sentenceText) : null;
    const joinedAt = joining ? s.start + joining.index : -1;
    const joinedEnd = joining ? joinedAt + joining[0].length : -1;
    const joinedQs = joining ? sentenceQs.filter(([q]) => !/[,;:]/.test(q.end <= joinedAt ? text.slice(q.end, joinedAt) : text.slice(joinedEnd, q.start))) : [];
    if (joinedQs.length) {
      triggers.push({ w: { start: joinedAt, end: joinedEnd }, type: gathering!.type });
      sentenceQs = joinedQs;
    }
    const joinedWhen = joinedQs.length && !datesOnly.length ? gathering!.when : null;
    const named = triggers.filter((t) => lex.joining.types.includes(t.type)).at(-1);
    if (named) gathering = { type: named.type, when: nearestTime(named.w) };
    // A figure named before its number ("the number of people arrested ... to 47") is as near as its counted words.
    const reach = (q: Range, w: Range) => Math.min(distance(q, w), 'countedSpan' in q && q.countedSpan ? distance(q.countedSpan as Range, w) : Infinity);
    const nearestOf = (among: typeof triggers, q: Range) => among.reduce((best, t) => (reach(q, t.w) < reach(q, best.w) ? t : best), among[0]!);
    // A later trigger is its own claim only when it holds a figure; otherwise it adds nothing but noise.
    const active = triggers.filter((t, k) => k === 0 || sentenceQs.some(([q]) => nearestOf(triggers, q) === t));
    const nearest = (q: Range) => nearestOf(active, q);
    for (const { w, type } of active) {
      const qs = sentenceQs.filter(([q]) => nearest(q).type === type).map(([, i]) => i);
      const sentenceTs = datesOnly.map((t) => timeAt.get(t)!);
      // Every claim of the sentence is dated by its nearest time, but a time is the date value of its nearest trigger only.
      const ts = sentenceTs.filter((i) => nearest(time[i]!).type === type);
      const when = nearestTime(w) ?? joinedWhen;
      const ents = index.entity.within(s.start, s.end);
      const modality: Modality = lex.negation.some((n) => sentenceText.includes(` ${n} `)) ? 'negated'
        : lex.planned.some((p) => sentenceText.includes(p)) ? 'planned' : 'actual';
      claims.push({
        id: `${doc.report.id}:${w.start}`, report: doc.report.id, type, trigger: spanOf(doc.report.text, w.start, w.end), sentence: spanOf(doc.report.text, s.start, s.end),
        agents: ents.filter((e) => e.end <= w.start && e.type !== 'place').map((e) => e.canonical),
        themes: ents.filter((e) => e.start >= w.end && (e.type === 'group' || e.type === 'person')).map((e) => e.canonical),
        where: ents.filter((e) => e.type === 'place' || e.type === 'facility').map((e) => e.canonical),
        authority: ents.filter((e) => e.type === 'law').map((e) => e.canonical),
        quantities: qs, times: ts, when: when ? { value: when.value, type: when.type } : null, modality,
        ...voiceOf(doc, w, s),
      });
    }
  }
  return claims;
}

export const claimsStage = defineStage({ name: 'claims', requires: ['segments', 'time', 'quantity', 'entity', 'quote', 'cue'], assigns: 'claims', run: extractClaims });
