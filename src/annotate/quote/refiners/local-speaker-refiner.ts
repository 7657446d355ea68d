/**
 * Cue and speaker of each quote in a Spanish or Portuguese report, from the
 * speech verbs and attribution words of `lexicon/<lang>/speech.json`. These
 * languages put the subject after the verb (", disse Starmer"), leave it out
 * ("Y añadió: …", ", afirmou") and name speakers by role ("declaró el
 * regidor"), so, in order:
 * - a cue right after the closing mark (", dijo X", ", X afirmó", " —dijo X—"),
 *   or right before the opening one ("X dijo:", "añadió:", "según X,");
 * - a speech verb earlier in the quote's sentence, whose subject opens it;
 * - a name is the entity it is; a missing subject or a pronoun is the last
 *   speaker, else the last person named; a role ("el regidor") is the last
 *   person named before the quote, or the body it names ("el Ayuntamiento").
 */
import type { EntityMention, QuoteMention } from '../../../model/mention.js';
import type { Range } from '../../../model/span.js';
import type { Refiner } from '../../common/extractor.js';
import { need } from '../../../model/doc.js';
import { byStart } from '../../../model/span.js';
import { fromLexicons, lexicon } from '../../../lexicon/index.js';
import { readingLanguage } from '../../common/language.js';
import { entityWithin, indexAt, rangeAt } from '../quote-text.js';
import { SpanIndex } from '../../common/span-index.js';
import { alternation, bothCases } from '../../common/phrases.js';

interface SpeechLexicon {
  readonly verbs: readonly string[];
  readonly attribution: readonly string[];
  readonly pronouns: readonly string[];
  readonly determiners: readonly string[];
}

interface SpeechPatterns {
  readonly after: RegExp;
  readonly before: RegExp;
  /** Every speech verb (global). */
  readonly verbs: RegExp;
  readonly pronoun: RegExp;
  readonly described: RegExp;
  /** A described subject opening a sentence ("La defensa, por su parte, aseguró …"). */
  readonly opensDescribed: RegExp;
}

const CUE_WINDOW = 200;
/** How far before a name its title may be written ("el alcalde de la localidad, Ricardo Gabaldón"). */
const TITLE_WINDOW = 40;
/** How far back a person named before a quote may be the one a role or a missing subject stands for. */
const PERSON_WINDOW = 1500;
const CLOSING = /^[,.!?\s]*["”»'’]?/;
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|del|de la|da|do|dos|das)\s+)?\p{Lu}[\p{L}'’-]+)*`;
const SPEAKING_BODIES: ReadonlySet<string> = new Set(['organization', 'group']);

const capitalisedToo = (words: readonly string[]) => alternation(bothCases(words));

function patterns(lang: string): SpeechPatterns {
  return fromLexicons(`local-speech:${lang}`, () => {
    const lex = lexicon<SpeechLexicon>(`${lang}/speech`);
    const verb = (n: string) => `(?<${n}>${capitalisedToo(lex.verbs)})`;
    // "el alcalde", "o prefeito de Lisboa", "la portavoz Elena Sanz", "su consejera delegada, Lucía Arranz"
    const described = `(?:${capitalisedToo(lex.determiners)})\\s+\\p{Ll}[\\p{L}-]+(?:\\s+\\p{Ll}[\\p{L}-]+)?(?:\\s+(?:de|del|de la|da|do|dos|das)\\s+(?:${NAME}|\\p{Ll}[\\p{L}-]+))?(?:,?\\s+${NAME})?`;
    const subject = (n: string) => `(?<${n}>${NAME}|${described}|${capitalisedToo(lex.pronouns)})`;
    return {
      // ", dijo Sánchez", ", afirmou", " —dijo la vecina—", ", Mazón aseguró"
      after: new RegExp(`^\\s*[,—―–-]?\\s*(?:${verb('cue')}(?:\\s+${subject('subject')})?|${subject('subject2')}\\s+${verb('cue2')})(?![\\p{L}])`, 'u'),
      // "Sánchez dijo a los periodistas:", "Y añadió:", "declaró el alcalde:", "según el alcalde,"
      before: new RegExp(`(?:(?:${subject('subject')}\\s+)?${verb('cue')}(?:\\s+${subject('subject2')})?[^:“"«.]{0,60}:|(?<attr>${capitalisedToo(lex.attribution)})\\s+${subject('subject3')}\\s*,)\\s*$`, 'u'),
      verbs: new RegExp(`(?<![\\p{L}])${verb('cue')}(?![\\p{L}])`, 'gu'),
      pronoun: new RegExp(`^(?:${capitalisedToo(lex.pronouns)})$`, 'u'),
      described: new RegExp(`^${described}$`, 'u'),
      opensDescribed: new RegExp(`^${described}(?=[\\s,])`, 'u'),
    };
  });
}

interface Found { readonly speakerText: string | null; readonly speakerStart: number; readonly cue: string; readonly cueStart: number; readonly via: string }

function found(m: RegExpExecArray, offset: number, via: string): Found {
  const g = m.groups ?? {};
  const subject = g['subject'] ?? g['subject2'] ?? g['subject3'] ?? null;
  const cue = g['cue'] ?? g['cue2'] ?? g['attr']!;
  const subjectAt = subject ? m[0].indexOf(subject) : -1;
  return { speakerText: subject, speakerStart: offset + m.index + subjectAt, cue, cueStart: offset + m.index + m[0].indexOf(cue), via };
}

function cueOf(text: string, q: QuoteMention, paragraph: Range, sentence: Range, p: SpeechPatterns, entities: readonly EntityMention[]): Found | null {
  const close = q.end + CLOSING.exec(text.slice(q.end))![0].length;
  const open = q.start - 1;
  const head = text.slice(Math.max(paragraph.start, open - CUE_WINDOW), open).replace(/[“"«—―\s]+$/, '');
  const headStart = Math.max(paragraph.start, open - CUE_WINDOW);
  if (!/:\s*$/.test(head)) {
    const after = p.after.exec(text.slice(close, Math.min(paragraph.end, close + CUE_WINDOW)));
    if (after) return found(after, close, 'refiner/local-cue-after');
  }
  const before = p.before.exec(head);
  if (before) return found(before, headStart, 'refiner/local-cue-before');
  const lead = text.slice(sentence.start, Math.max(sentence.start, open));
  // The speech verb nearest the quote: "La oposición pidió …, Raúl Soto, quien afirmó que «…»" is Soto's.
  const verb = [...lead.matchAll(p.verbs)].pop();
  if (!verb) return null;
  // "Horas después, Mazón escribió en la red social X que entiende «…»": the subject is the last person named before the verb.
  const named = entities.filter((e) => e.start >= sentence.start && e.end <= sentence.start + verb.index!);
  const opening = named.filter((e) => e.type === 'person').pop() ?? named.find((e) => e.start === sentence.start);
  const role = opening ? null : p.opensDescribed.exec(lead);
  const subject = opening ? { text: opening.text, start: opening.start } : role ? { text: role[0], start: sentence.start } : null;
  return { speakerText: subject?.text ?? null, speakerStart: subject?.start ?? -1, cue: verb.groups!['cue']!, cueStart: sentence.start + verb.index! + verb[0].indexOf(verb.groups!['cue']!), via: 'refiner/local-cue-in-sentence' };
}

export const localSpeakerRefiner: Refiner<QuoteMention> = {
  name: 'local-speaker',
  refine({ doc, text }, quotes) {
    const lang = readingLanguage(doc);
    if (!lang || lang === 'en') return quotes;
    const p = patterns(lang);
    const { paragraphs, sentences } = need(doc, 'segments');
    const entities = doc.entity ?? [];
    const entityIndex = new SpanIndex(entities);
    const persons = entities.filter((e) => e.type === 'person');
    // A person opens a sentence when only a few words (a title: "O governador") come before the name in it.
    const opensSentence = (e: EntityMention) => /^[\p{L}\s]{0,40}$/u.test(text.slice(rangeAt(sentences, e.start).start, e.start));
    let last: { speaker: string; end: number } | null = null;
    const heads = lexicon<Record<string, string>>(`${lang}/heads`);
    /**
     * Who a role names ("el regidor"): the last person written with a title of the same role before the quote
     * ("el alcalde, Ricardo Gabaldón": alcalde and regidor are both mayor); a role no one was given names nobody.
     */
    const roleHolder = (words: string, at: number): string | null => {
      const role = words.toLowerCase().split(/\s+/)[1] ?? '';
      const same = (w: string) => w === role || (heads[w] !== undefined && heads[w] === heads[role]);
      return persons.filter((e) => e.end <= at && at - e.end < PERSON_WINDOW
        && (text.slice(Math.max(0, e.start - TITLE_WINDOW), e.start).toLowerCase().match(/\p{L}+/gu) ?? []).some(same)).pop()?.canonical ?? null;
    };
    const lastPerson = (at: number) => persons.filter((e) => e.end <= at && at - e.end < PERSON_WINDOW && !quotes.some((q) => q.start <= e.start && e.end <= q.end)).pop()?.canonical ?? null;
    const out: QuoteMention[] = [];
    for (const q of [...quotes].sort(byStart)) {
      if (q.embedded || q.speaker) { out.push(q); continue; }
      const open = q.start - 1;
      const paragraph = paragraphs[indexAt(paragraphs, open)] ?? { start: open, end: q.end };
      const f = cueOf(text, q, paragraph, rangeAt(sentences, open), p, entities);
      if (!f) { out.push(q); continue; }
      const words = f.speakerText;
      let speaker: string | null;
      let how: string;
      if (!words || p.pronoun.test(words)) {
        // "Sunak reconheceu a derrota. «…», afirmou": a person opening a sentence since the last quote is who the story moved on to.
        const since = persons.filter((e) => e.end <= q.start && (!last || e.start >= last.end) && opensSentence(e)).pop();
        speaker = since?.canonical ?? (last && q.start - last.end < PERSON_WINDOW ? last.speaker : lastPerson(q.start));
        how = 'refiner/speaker-implied-subject';
      } else if (p.described.test(words)) {
        // A role with its holder's name ("el ministro Tomás Rivas") is that person; a role alone is the last person named.
        const within = entities.filter((e) => e.start >= f.speakerStart && e.end <= f.speakerStart + words.length);
        const named = within.find((e) => e.type === 'person') ?? within.find((e) => SPEAKING_BODIES.has(e.type)) ?? within.find((e) => e.type === 'other');
        speaker = named?.canonical ?? roleHolder(words, q.start);
        how = 'refiner/speaker-described';
      } else {
        speaker = entityWithin(entityIndex, f.speakerStart, f.speakerStart + words.length)?.canonical ?? words;
        how = 'refiner/speaker-name';
      }
      const span = words ? { start: f.speakerStart, end: f.speakerStart + words.length } : null;
      const next: QuoteMention = { ...q, speaker, speakerText: words, speakerSpan: span, cue: f.cue, cueSpan: { start: f.cueStart, end: f.cueStart + f.cue.length },
        via: [...q.via, f.via, how, `lexicon/${lang}/speech`] };
      if (speaker) last = { speaker, end: q.end };
      out.push(next);
    }
    return out;
  },
};
