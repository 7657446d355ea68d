/**
 * Numbers as Spanish and Portuguese write them, read from the language's
 * lexicon (`lexicon/<lang>/numbers.json`): a dot groups thousands and a comma
 * marks decimals ("10.600", "33,7"), scales and number words are words of the
 * language ("1.500 millones", "dos mil", "três"), and bounds come before
 * ("más de", "pelo menos"). Also what a number counts in those languages and
 * the English word it maps to (`lexicon/<lang>/heads.json`) for linking.
 */
import { fromLexicons, lexicon, phraseSet } from '../../lexicon/index.js';
import { alternation, esc } from '../common/phrases.js';

/** How a bound word limits its number: CONTRACT §1's min/max, exclusive or not, approximate or not. */
export type LocalBound = 'more-than' | 'at-least' | 'up-to' | 'less-than' | 'nearly' | 'approx';

/** The shape of `lexicon/<lang>/numbers.json` (its README line says what belongs in each key). */
export interface NumberLexicon {
  readonly words: Readonly<Record<string, number>>;
  readonly and: string;
  readonly scales: Readonly<Record<string, number>>;
  readonly vague: Readonly<Record<string, number>>;
  readonly vaguePlural: Readonly<Record<string, number>>;
  readonly half: readonly string[];
  readonly bounds: Readonly<Record<string, LocalBound>>;
  readonly percent: readonly string[];
  readonly currencies: Readonly<Record<string, string>>;
  readonly units: Readonly<Record<string, string>>;
  readonly copulas: readonly string[];
  /** Periods and heads that make an amount a rate ("6 millones de dólares al año" → USD/yr), as English "a year". */
  readonly rates?: Readonly<Record<string, string>>;
  /** Readings on a scale: words before the number ("magnitud 7,8"), the unit they give, and the nouns after which degrees are that scale ("un sismo de 7,5 grados"). */
  readonly readings?: { readonly before: readonly string[]; readonly unit: string; readonly degreesAfter: readonly string[] };
  /** Adjectives written before the counted noun, left out of its head ("238 presuntos miembros"). */
  readonly preNominal?: readonly string[];
}

/** The compiled grammar of one language's numbers. */
export interface LocalGrammar {
  readonly lex: NumberLexicon;
  /** bound? symbol? number scale? percent? — groups: 1 bound, 2 symbol, 3 number, 4 scale, 5 percent. */
  readonly quantity: RegExp;
  /** "un centenar de", "medio centenar de", "cientos de", "milhares de" — groups: 1 singular vague word, 2 plural vague word. */
  readonly vague: RegExp;
  /** A copula or verb of reaching right before a number ("son", "asciende a", "sobe para"), with an optional bound. */
  readonly copulaBefore: RegExp;
  /** "y medio", "e meia" right after a number or its noun. */
  readonly half: RegExp;
  /** A unit written out right after a number ("491,2 litros por metro cuadrado") — group 1, the words. */
  readonly unit: RegExp;
  /** A rate's period right after an amount ("al año", "por ano") — group 1, the words; null when the language lists none. */
  readonly rate: RegExp | null;
  readonly stop: ReadonlySet<string>;
  readonly heads: Readonly<Record<string, string>>;
  /** A reading word right before a number ("magnitud 7,8", "magnitude de 7,8"), or null when the language has none. */
  readonly readingBefore: RegExp | null;
  /** A noun of the scale's readings earlier in the clause ("sismo de 7,5 grados"), or null. */
  readonly degreesOf: RegExp | null;
  readonly preNominal: ReadonlySet<string>;
}

const ADVERBS = 'ya|ahora|hoy|já|agora|hoje';
/** The forms a word takes after the counted noun as its adjective ("personas desaparecidas", "litros cúbicos"); a verb after it ends the phrase. */
const ADJECTIVE = /(?:ad[oa]s?|id[oa]s?|al(?:es)?|ic[oa]s?|ári[oa]s?|ense|enses|iv[oa]s?|ables?|ibles?|eir[oa]s?|an[oa]s?|ês|eses|ñ[oa]s?|ad[oa]s?)$/u;


/** The grammar of `lang`'s numbers, built once from its lexicons. */
export function localGrammar(lang: string): LocalGrammar {
  return fromLexicons(`local-numbers:${lang}`, () => {
    const lex = lexicon<NumberLexicon>(`${lang}/numbers`);
    const words = alternation(Object.keys(lex.words));
    const wordNumber = `(?:${words})(?:(?:\\s+${esc(lex.and)}\\s+|\\s+)(?:${words}))*`;
    const digits = '\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?';
    const percent = alternation(lex.percent.filter((p) => p !== '%'));
    const quantity = new RegExp(
      `(?<![\\p{L}\\d$€£.,/-])(?:(${alternation(Object.keys(lex.bounds))})\\s+)?(?:(US\\$|R\\$|\\$|€|£)\\s?)?(${digits}|${wordNumber})`
      + `(?:\\s+(${alternation(Object.keys(lex.scales))}))?(\\s?%|\\s+(?:${percent}))?(?![\\p{L}\\d]|[.,]\\d)`, 'giu');
    const vague = new RegExp(`(?<![\\p{L}])(?:(?:un|una|um|uma)\\s+)?(?:(${alternation(Object.keys(lex.vague))})|(${alternation(Object.keys(lex.vaguePlural))}))(?=\\s+(?:de|del|do|da|dos|das)\\s)`, 'giu');
    // "asciende ya a 57": an adverb of time may sit inside the copula.
    const copulas = alternation(lex.copulas).replace(/\\s\+/g, `\\s+(?:(?:${ADVERBS})\\s+)?`);
    const copulaBefore = new RegExp(`(?<![\\p{L}])(?:${copulas})\\s+(?:(?:${alternation(Object.keys(lex.bounds))})\\s+)?$`, 'iu');
    const half = new RegExp(`^\\s+(?:${alternation(lex.half)})(?![\\p{L}])`, 'iu');
    const unit = new RegExp(`^\\s+(${alternation(Object.keys(lex.units))})(?![\\p{L}\\d²³])`, 'iu');
    const rate = lex.rates ? new RegExp(`^\\s+(${alternation(Object.keys(lex.rates))})(?![\\p{L}])`, 'iu') : null;
    const r = lex.readings;
    const readingBefore = r?.before.length ? new RegExp(`(?<![\\p{L}])(?:${alternation(r.before)})\\s+$`, 'iu') : null;
    const degreesOf = r?.degreesAfter.length ? new RegExp(`(?<![\\p{L}])(?:${alternation(r.degreesAfter)})(?![\\p{L}])[^.;:!?]*$`, 'iu') : null;
    return { lex, quantity, vague, copulaBefore, half, unit, rate, stop: phraseSet(`${lang}/np-stop`), heads: lexicon<Record<string, string>>(`${lang}/heads`),
      readingBefore, degreesOf, preNominal: new Set(lex.preNominal ?? []) };
  });
}

/** The value of a number written in digits ("10.600", "33,7") or words ("dos mil quinientos", "treinta y dos"). */
export function localValue(raw: string, lex: NumberLexicon): number | null {
  if (/^\d/.test(raw)) return Number(raw.replace(/\./g, '').replace(',', '.'));
  let total = 0;
  let current = 0;
  for (const w of raw.toLowerCase().split(/\s+/)) {
    if (w === lex.and) continue;
    const v = lex.words[w];
    if (v === undefined) return null;
    if (v === 1000) { total += (current || 1) * 1000; current = 0; } else current += v;
  }
  return total + current;
}

const WORD = /^[ \t]*(?:\n[ \t]*)?(\p{L}[\p{L}'’-]*)/u;
/** Past and imperfect endings of Spanish and Portuguese verbs ("sacudió", "murieron", "atingiu", "chegaram", "llegaban"). */
const VERB_FORM = /(?:ó|aron|ieron|aban|ían|ou|iu|aram|eram|iram|avam)$/u;

/**
 * The noun phrase a number counts, from `from`: its words up to a stop word, at most three, with one
 * "de" complement whose head is a word of the heads map ("litros por metro" stops at "por"). A
 * partitive with a second number ("412 das 650 cadeiras") counts the noun after that number.
 */
export function localCounted(text: string, from: number, g: LocalGrammar): { start: number; end: number } | null {
  let at = from;
  const partitive = /^\s+(?:de|del|de los|de las|dos|das)\s+\d[\d.,]*(?=\s)/iu.exec(text.slice(at, at + 30));
  if (partitive) at += partitive[0].length;
  // "millones de euros", "centenar de vecinos": the "de" after a scale or a vague word joins its noun.
  const joined = /^\s+(?:de|do|da|dos|das)(?=\s)/iu.exec(text.slice(at, at + 6));
  if (joined && at === from) at += joined[0].length;
  let start = -1;
  let end = -1;
  for (let words = 0; words < 3; words++) {
    const m = WORD.exec(text.slice(at, at + 60));
    if (!m) break;
    const w = m[1]!.toLowerCase();
    // "238 presuntos miembros": an adjective before the noun is skipped, and the noun after it is the head.
    if (words === 0 && start < 0 && g.preNominal.has(w)) { at += m[0].length; words--; continue; }
    if (g.stop.has(w) || /^\p{Lu}/u.test(m[1]!) && words === 0 && !g.heads[w]) break;
    // "magnitud 7,8 sacudió", "7,8 atingiu": a verb's past ending is the predicate, never what is counted.
    if (words === 0 && VERB_FORM.test(w) && !g.heads[w]) break;
    // After the noun, only its adjective or a phrase the heads map knows ("metros cúbicos") goes on: "militares trabajan" stops at the verb.
    if (words > 0 && !ADJECTIVE.test(w) && !g.heads[`${text.slice(start, at).trim().toLowerCase()} ${w}`]) break;
    // "40.000 reos inaugurada en 2023": an adjective in the singular after a plural noun agrees with another.
    if (words > 0 && ADJECTIVE.test(w) && text.slice(start, at).trim().endsWith('s') && !w.endsWith('s')) break;
    if (start < 0) start = at + m[0].length - m[1]!.length;
    end = at + m[0].length;
    at = end;
    if (/^[,.;:]/.test(text.slice(at, at + 1))) break;
  }
  return start >= 0 ? { start, end } : null;
}

/** The English canonical word of what is counted ("fallecidos" → "dead"), else the local word made singular. */
export function localHead(countedText: string, g: LocalGrammar): string {
  const lower = countedText.toLowerCase().replace(/\s+/g, ' ');
  const words = lower.split(' ');
  // Longest known phrase first: "años de prisión" before "años".
  for (let n = words.length; n > 0; n--) {
    const hit = g.heads[words.slice(0, n).join(' ')];
    if (hit) return hit;
  }
  const first = words[0]!;
  return first.endsWith('es') && first.length > 4 && !/[aeiou]es$/.test(first) ? first.slice(0, -2) : first.replace(/s$/, '');
}

/** A counted word named before a copula ("los fallecidos … son 214", "a cifra de mortos sobe para 40"), in the same clause. */
export function countedBefore(text: string, at: number, g: LocalGrammar, clauseStart: number): { start: number; end: number } | null {
  const head = text.slice(Math.max(clauseStart, at - 100), at);
  if (!g.copulaBefore.test(head)) return null;
  const from = at - head.length;
  let best: { start: number; end: number } | null = null;
  for (const m of head.matchAll(/\p{L}[\p{L}'’-]*/gu)) if (g.heads[m[0].toLowerCase()]) best = { start: from + m.index!, end: from + m.index! + m[0].length };
  return best;
}

const AGE_BEFORE = /(?:^|[\s,(])de\s+$/u;
const AGE_AFTER = /^\s+(?:años|anos)(?![\p{L}])(?!\s+de\s)/u;

/** An age ("un taxista de 54 años", "Maria, de 71 anos"): a number after "de" and before "años", not a count or a length of time. */
export function isAge(text: string, start: number, end: number): boolean {
  return AGE_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && AGE_AFTER.test(text.slice(end, end + 12));
}
