/**
 * Quantities in Spanish and Portuguese: a number in the language's format
 * or words, with its bound, scale, percent or currency, and what it counts
 * (forward, "491,2 litros"; through a copula, "los fallecidos … son 214"; or
 * "213 de ellos", the noun of the figure before). Vague amounts: "un
 * centenar de vecinos", "milhares de pessoas". Each mention's `countedHead`
 * is the English canonical word for linking across languages.
 */
import type { QuantityMention } from '../../../model/mention.js';
import type { Range } from '../../../model/span.js';
import { matchesFrom, type Recognizer } from '../../common/extractor.js';
import { readingLanguage } from '../../common/language.js';
import { countedBefore, isAge, localCounted, localGrammar, localHead, localValue, type LocalBound, type LocalGrammar } from '../local-numbers.js';

const SYMBOL: Readonly<Record<string, string>> = { $: 'USD', US$: 'USD', R$: 'BRL', '€': 'EUR', '£': 'GBP' };
const ARTICLE_ONE = /^(?:un|una|um|uma)$/i;
const YEAR = /^(?:1[6-9]|20)\d{2}$/;
/** "de ellos", "dos quais": the figure counts what the figure before it counted. */
const OF_THEM = /^\s+(?:de\s+ellos|de\s+ellas|de\s+los\s+cuales|de\s+las\s+cuales|deles|delas|dos\s+quais|das\s+quais)\b/iu;
/** A clause ends at a sentence mark, a semicolon or a line break. */
const CLAUSE_END = /[.;!?\n](?=[^.;!?\n]*$)/;

/** A capitalised word after another word of its sentence, right before a number: a name the number labels. */
const NAME_BEFORE = /[\p{L},]\s+\p{Lu}[\p{L}-]*\s+$/u;

interface Limits { value: number | null; min: number | null; max: number | null; minExclusive: boolean; maxExclusive: boolean; approx: boolean }

function limits(n: number, bound: LocalBound | null): Limits {
  const open = { value: null, min: null, max: null, minExclusive: false, maxExclusive: false, approx: false };
  switch (bound) {
    case 'more-than': return { ...open, min: n, minExclusive: true };
    case 'at-least': return { ...open, min: n };
    case 'up-to': return { ...open, max: n };
    case 'less-than': return { ...open, max: n, maxExclusive: true };
    case 'nearly': return { ...open, max: n, maxExclusive: true, approx: true };
    case 'approx': return { ...open, value: n, approx: true };
    default: return { ...open, value: n };
  }
}

function boundOf(words: string | undefined, g: LocalGrammar): LocalBound | null {
  return words ? g.lex.bounds[words.toLowerCase().replace(/\s+/g, ' ')] ?? null : null;
}

function build(text: string, start: number, end: number, l: Limits, np: Range | null, unit: string | null, g: LocalGrammar, via: string[], inherited?: QuantityMention): QuantityMention {
  const c = inherited?.counted ?? (np ? text.slice(np.start, np.end) : null);
  return { kind: 'quantity', start, end, text: text.slice(start, end), ...l, counted: c, countedSpan: inherited?.countedSpan ?? np,
    countedHead: inherited?.countedHead ?? (c ? localHead(c, g) : null), unit, via };
}

export const localNumberRecognizer: Recognizer<QuantityMention> = {
  name: 'local-number',
  recognize({ doc, text }) {
    const lang = readingLanguage(doc);
    if (!lang || lang === 'en') return [];
    const g = localGrammar(lang);
    const times = doc.time ?? [];
    const inTime = (s: number, e: number) => times.some((t) => t.start < e && s < t.end);
    const via = ['recognizer/local-number', `lexicon/${lang}/numbers`];
    const out: QuantityMention[] = [];
    for (const m of matchesFrom(g.quantity, text, doc.report.bodyStart)) {
      const start = m.index;
      // "412 das 650 cadeiras": the second number belongs to the first one's phrase.
      if (out.some((o) => o.start <= start && start < o.end)) continue;
      const raw = m[3]!;
      const numStart = start + m[0].lastIndexOf(raw, m[0].length - (m[4]?.length ?? 0) - (m[5]?.length ?? 0));
      if (inTime(numStart, numStart + raw.length)) continue;
      // "3º", "Covid-19", "20h11": a figure glued to a letter or dash is a name or a time, not a count.
      if (/^[º°ª-]/.test(text.slice(start + m[0].length, start + m[0].length + 1))) continue;
      const base = localValue(raw, g.lex);
      if (base === null) continue;
      if (ARTICLE_ONE.test(raw) && !m[4]) continue;
      if (YEAR.test(raw) && !m[2] && !m[4] && !m[5]) continue;
      if (!m[1] && !m[4] && isAge(text, numStart, numStart + raw.length)) continue;
      const value = base * (m[4] ? g.lex.scales[m[4].toLowerCase()] ?? 1 : 1);
      let end = start + m[0].length;
      let unit = m[2] ? SYMBOL[m[2]] ?? null : m[5] ? '%' : null;
      // "10.600 millones de euros", "500 reais": a currency written out after the number is its unit.
      const money = unit ? null : /^\s+(?:de\s+)?(\p{L}+)/u.exec(text.slice(end, end + 24));
      const spelled = money ? g.lex.currencies[money[1]!.toLowerCase()] : undefined;
      if (spelled) { unit = spelled; end += money![0].length; }
      // "491,2 litros por metro cuadrado", "três metros": a unit written out is the figure's unit, as in English.
      const written = unit ? null : g.unit.exec(text.slice(end, end + 40));
      if (written) { unit = g.lex.units[written[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? null; end += written[0].length; }
      // "6 millones de dólares al año": a rate's period is part of the amount's unit, as English "a year".
      const rate = unit && unit !== '%' ? g.rate?.exec(text.slice(end, end + 24)) : null;
      if (rate) { unit = `${unit}/${g.lex.rates![rate[1]!.toLowerCase().replace(/\s+/g, ' ')]}`; end += rate[0].length; }
      // "magnitud 7,8", "un sismo de 7,5 grados": a reading on the scale, as English "magnitude 7.8".
      const reading = g.lex.readings;
      if (reading && !unit && !m[1] && g.readingBefore?.test(text.slice(Math.max(0, start - 20), start))) unit = reading.unit;
      if (reading && unit === '°' && g.degreesOf?.test(text.slice(Math.max(doc.report.bodyStart, start - 60), start))) unit = reading.unit;
      const ofThem = unit ? null : OF_THEM.exec(text.slice(end, end + 24));
      const inherited = ofThem ? out.findLast((o) => o.counted && start - o.end < 120) : undefined;
      if (ofThem) end += ofThem[0].length;
      let np = unit || ofThem ? null : localCounted(text, end, g);
      if (np) end = np.end;
      let l = limits(value, boundOf(m[1], g));
      const half = g.half.exec(text.slice(end, end + 12));
      if (half && l.value !== null && Number.isInteger(l.value)) { l = { ...l, value: l.value + 0.5 }; end += half[0].length; }
      if (!np && !unit && !inherited) {
        const clauseStart = Math.max(doc.report.bodyStart, start - 100);
        const cut = CLAUSE_END.exec(text.slice(clauseStart, start));
        np = countedBefore(text, start, g, cut ? clauseStart + cut.index + 1 : clauseStart);
      }
      const q = build(text, start, end, l, np, unit, g, np && np.end <= start ? [...via, 'refiner/counted-before'] : via, inherited);
      // A small figure that counts nothing named and has no unit ("dos de ellos", "en 3 casos") is too often not a count to keep;
      // nor is one that counts nothing after a name inside its sentence ("un Boeing 787 que"): the name's number.
      const named = !q.counted && !q.unit && NAME_BEFORE.test(text.slice(Math.max(0, start - 30), start));
      if (!named && (q.counted || q.unit || q.value === null || q.approx || (q.value ?? 0) >= 10)) out.push(q);
    }
    for (const m of matchesFrom(g.vague, text, doc.report.bodyStart)) {
      const start = m.index;
      if (out.some((o) => o.start <= start && start < o.end) || inTime(start, start + m[0].length)) continue;
      const np = localCounted(text, start + m[0].length, g);
      const end = np?.end ?? start + m[0].length;
      // "un centenar" is about a hundred; "centenares de" is at least a couple of hundred, as English "hundreds of".
      const l: Limits = m[1]
        ? { value: g.lex.vague[m[1].toLowerCase().replace(/\s+/g, ' ')]!, min: null, max: null, minExclusive: false, maxExclusive: false, approx: true }
        : { value: null, min: g.lex.vaguePlural[m[2]!.toLowerCase()]!, max: null, minExclusive: false, maxExclusive: false, approx: true };
      out.push(build(text, start, end, l, np, null, g, ['recognizer/local-vague-amount', `lexicon/${lang}/numbers`]));
    }
    return out;
  },
};
