/**
 * What a number counts: the noun phrase after it with its "of" complement
 * ("members of the river gang, the Grey Eels"), its head word, and the
 * mention built for a vague amount. Shared by the quantity recognizers.
 */
import type { QuantityMention } from '../../model/mention.js';
import { lexicon, phraseSet } from '../../lexicon/index.js';

/** What a number written as a word is worth. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

const NP_WORD = /^[\p{L}][\p{L}\d'’-]*$/u;
/** After "more", a word that may open a noun phrase: not "than", not a verb's or adverb's ending. */
const MORE_NOUN = /^[ \t]+(?!than\b|and\b|or\b|to\b|in\b|on\b|at\b|for\b|of\b|were\b|are\b|was\b|will\b|would\b|have\b|had\b)\p{Ll}[\p{L}-]*/u;

/** Words that end the counted noun phrase: function words and common verbs (lexicon quantity-np-stop). */
export function counted(text: string, from: number): { start: number; end: number } | null {
  const STOP = phraseSet('quantity-np-stop');
  const abbreviations = phraseSet('abbreviations');
  // A phrase may wrap onto the next line, never across a blank line (a new paragraph or headline).
  const re = /[ \t]*(?:\n[ \t]*)?([\p{L}\d][\p{L}\d'’.-]*)/uy;
  let at = from;
  let end = -1;
  let words = 0;
  let sawOf = false;
  while (words < 12) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) break;
    const w = m[1]!.replace(/\.$/, '');
    const lw = w.toLowerCase();
    if (lw === 'of' && end > 0 && !sawOf) { sawOf = true; at = re.lastIndex; continue; }
    if (lw === 'the' && sawOf) { at = re.lastIndex; continue; }
    // "members of the River Guild and the Harbor Crew": names joined by "and" are one complement.
    if (lw === 'and' && sawOf && /^\s+(?:the\s+)?[A-Z]/.test(text.slice(re.lastIndex, re.lastIndex + 6))) { at = re.lastIndex; continue; }
    // "5,000 more troops": "more" before a noun is part of what is counted ("5,000 more than" is not).
    if (words === 0 && lw === 'more' && MORE_NOUN.test(text.slice(re.lastIndex, re.lastIndex + 40))) { end = at + m[0].length; at = re.lastIndex; words++; continue; }
    // After the first word, a participle or an adverb ("100 tractors belonging to", "five actually") opens the predicate.
    if (STOP.has(lw) || !NP_WORD.test(w) || (words > 0 && /(?:ed|ing|ly)$/.test(lw) && !sawOf)) break;
    end = at + m[0].length - (m[1]!.length - w.length);
    at = re.lastIndex;
    words++;
    // A full stop after a word that is no abbreviation ends the sentence, and the phrase with it.
    if (m[1]!.endsWith('.') && !abbreviations.has(m[1]!.toLowerCase()) && !/^(?:\p{L}\.)+$/u.test(m[1]!)) break;
    if (text[at] === ',' && sawOf && /^,\s+[A-Z]/.test(text.slice(at, at + 3))) {
      const app = /,\s+((?:[A-Z][\p{L}-]*(?:\s+(?:de|of|the|and))?\s*)+)/uy;
      app.lastIndex = at;
      const a = app.exec(text);
      if (a) { end = at + a[0].trimEnd().length; at = end; }
      break;
    }
  }
  return end > from ? { start: text.slice(from, end).search(/\S/) + from, end } : null;
}

/**
 * Where a count's own words end: at the head of what it counts, before the "of" complement or the
 * apposition that `counted` keeps ("238 members" of "238 members of the River Guild").
 */
export function countEnd(text: string, np: { start: number; end: number }): number {
  const phrase = text.slice(np.start, np.end);
  const cut = /\s+of\s|,/.exec(phrase);
  return np.start + (cut ? phrase.slice(0, cut.index).trimEnd().length : phrase.length);
}

/** Where a clause can begin: a sentence start, a comma, semicolon or colon, or a conjunction. */
const CLAUSE_START = /(?:^|[.!?;:,\u201c"(]|\b(?:and|but|while|whom|which|that|said))\s*$/i;

/**
 * A small bare number that opens a clause and is followed by its verb is a count whose noun
 * the sentence left out ("Of those, six are linked to ..., one faces ..."); elsewhere such
 * numbers are too often not counts ("one day", "two sides") to keep without a noun.
 */
export function ellipticSubject(text: string, start: number, end: number): boolean {
  const next = /^\s+([a-z]+)/.exec(text.slice(end, end + 24));
  return !!next && phraseSet('quantity-subject-verbs').has(next[1]!) && CLAUSE_START.test(text.slice(Math.max(0, start - 12), start));
}

// A name particle inside a capitalised name ("Tren de Aragua", "Party of the Poor").
const NAME_PARTICLE = /^(?:de|del|la|le|los|las|of|the|van|von|al|el|da|do|dos|y|and)$/;
const CAPITALISED = /^\p{Lu}/u;

/**
 * A plural noun's singular: the irregular ones from lexicon quantity-lemmas ("lives" → "life",
 * "people" → "person"), else by its ending; words already singular in "-ss", "-us", "-is" stay.
 */
export function lemma(word: string): string {
  const w = word.toLowerCase();
  const irregular = lexicon<Record<string, string>>('quantity-lemmas')[w];
  if (irregular) return irregular;
  if (w.length <= 3 || /(?:ss|us|is)$/.test(w)) return w;
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (/(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/**
 * The head of a counted phrase, singular: its last word before the "of" complement or an apposition
 * ("member" of "members of the River Guild"). A number before a group's name alone ("12 Tren de Aragua")
 * counts its members; a capitalised plural ("30 Gang Members") is its own head, once.
 */
export function countedHeadOf(counted: string): string {
  const words = counted.split(/\s+of\s+|,/)[0]!.trim().split(/\s+/).filter(Boolean);
  const last = words[words.length - 1] ?? '';
  const head = lemma(last.replace(/['’]s?$/, ''));
  const name = words.length > 1 && CAPITALISED.test(words[0]!) && CAPITALISED.test(last) && words.every((w) => CAPITALISED.test(w) || NAME_PARTICLE.test(w));
  return name && head === last.toLowerCase() ? 'member' : head;
}

/** A mention's `countedHead`: the head of `counted`, or null when there is none or it is a function word. */
export function countedHead(counted: string | null): string | null {
  const head = counted ? countedHeadOf(counted) : '';
  return head && /\p{L}/u.test(head) && !phraseSet('quantity-np-stop').has(head) ? head : null;
}

export function vague(text: string, start: number, end: number, min: number, c: string | null, np: { start: number; end: number } | null, via: string): QuantityMention {
  // "tens of millions of dollars": a currency is the amount's unit, not what it counts.
  const currency = c ? lexicon<Record<string, string>>('currency-words')[c.toLowerCase()] ?? null : null;
  return { kind: 'quantity', start, end, text: text.slice(start, end), value: null, min, max: null, minExclusive: false, maxExclusive: false, approx: true,
    counted: currency ? null : c, countedSpan: currency ? null : np, countedHead: currency ? null : countedHead(c), unit: currency, via: [via] };
}
