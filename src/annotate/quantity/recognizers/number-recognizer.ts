/**
 * A number in digits or words with its bound words ("more than", "nearly"),
 * a range ("275,000–325,000", "between 20 and 30"), scale ("4.5 billion",
 * "$5.4bn"), unit from one vocabulary (lexicon quantity-units: ISO 4217
 * currencies, SI and common units, `%`) and rate ("per hour", "a year"), and
 * the noun phrase it counts. Years, clock times, identifiers ("Boeing 787",
 * "Row 427", "10 Downing Street") and numbers glued to words ("MS-13") are not
 * quantities; durations and dates belong to time. A change ("up 3%", "fell by
 * 11%") is marked apart from a level ("rose to 45%").
 */
import type { QuantityMention } from '../../../model/mention.js';
import type { Recognizer } from '../../common/extractor.js';
import { SpanIndex } from '../../common/span-index.js';
import { fromLexicons, lexicon, phraseSet } from '../../../lexicon/index.js';
import { counted, countedHead, countEnd, ellipticSubject, NUMBER_WORDS } from '../counted.js';
import { gluedSource, gluedUnit, rateAfter, unitAfter, type UnitLexicon } from '../units.js';
import { matchesNear } from '../near.js';

const WORDS: Readonly<Record<string, number>> = { ...NUMBER_WORDS, dozen: 12 };
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const BOUND = 'more than|over|at least|up to|nearly|almost|about|around|roughly|some|approximately|fewer than|less than|no more than|between';
const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const WORD_NUM = `(?:${TENS.join('|')})-(?:${ONES.join('|')})|${Object.keys(WORDS).join('|')}`;
// Words before "one" that make it a pronoun or an article ("the one person", "no one").
const ONE_NOT_AFTER = /\b(?:the|this|that|any|no|every|each|which|whichever|someone|anyone|only the)\s+$/i;
const SENTENCE_START = /(?:^|[.!?:;"“”(\n]\s*)$/;
const TALLY_NEXT = /^(?:,|\s+and)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}\d/u;
// The word before a number and the spaces after it, read backwards from the number: one lookbehind, where a pattern
// anchored at the end is tried from each position of the window.
const WORD_BEFORE = /(?<=([\p{L}.'’]+)(\s+))/uy;
// The words after a number, one at a time: most numbers need only the first.
const NEXT_WORD = /\s+([\p{L}.'’-]+)/uy;
const TALLY_PREVIOUS = /\d(?:,|\s+and)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}$/u;

interface Compiled {
  readonly qty: RegExp;
  /** Where a number may start (a superset): the grammar runs only near one. */
  readonly numberStart: RegExp;
  /** How many characters other than spaces a match may hold before its number (bound and prefix). */
  readonly reach: number;
  readonly symbols: Readonly<Record<string, string>>;
  readonly clock: RegExp;
  readonly scaleWord: RegExp;
  readonly rangeAnd: RegExp;
  readonly changeBefore: RegExp;
  readonly up: ReadonlySet<string>;
  readonly byOnly: ReadonlySet<string>;
  readonly extent: RegExp;
  /** Lexicon quantity-ids: words before and after a number that make it an identifier, and labels. */
  readonly idsBefore: ReadonlySet<string>;
  readonly idsAfter: ReadonlySet<string>;
  readonly idsLabel: ReadonlySet<string>;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(esc).join('|');
const longest = (words: readonly string[]) => Math.max(...words.map((w) => w.replace(/\s/g, '').length));

function compile(): Compiled {
  const units = lexicon<UnitLexicon>('quantity-units');
  const ids = lexicon<{ before: string[]; after: string[]; label: string[]; clock: string[] }>('quantity-ids');
  const change = lexicon<{ up: string[]; down: string[]; byOnly: string[]; extent: string[] }>('quantity-change');
  const prefix = `(?:${longestFirst(Object.keys(units.symbols))}|(?:${units.codes.join('|')})\\s)`;
  const num = `(?:${DIGITS}|${WORD_NUM})`;
  // A scale or unit glued to the number ("5.4bn", "$3m", "41C") is read here; a scale written apart ("4.5 billion") by scaleWord.
  const gluedScale = `(?:${gluedSource()})(?![\\p{L}\\d])`;
  return {
    // The opener and lead groups hold the words before the number with their spaces: offsets come from their lengths,
    // as `d`-flag indices cost as much to build as the match.
    qty: new RegExp(`(?<![\\p{L}\\d$€£¥₹.,:/-])(?<opener>(?<bound>${BOUND})\\s+)?(?<lead>(?<prefix>${prefix})\\s?)?(?<num>${num})(?<glued>${gluedScale})?(?:\\s?[–—-]\\s?(?:${prefix}\\s?)?(?<num2>${DIGITS})(?<glued2>${gluedScale})?)?(?![\\p{L}\\d:/-]|\\.\\d)`, 'giu'),
    // No letter or digit stands before a number (the grammar's lookbehind, or its bound's space or prefix before it).
    // Without the u flag the scan is twice as fast; "ſ" (long s) is the one letter that flag folds onto a number word's.
    numberStart: new RegExp(`\\d|(?<![a-z\\d])(?:${Object.keys(WORDS).join('|')})|\u017f`, 'gi'),
    reach: longest(BOUND.split('|')) + longest([...Object.keys(units.symbols), ...units.codes]),
    symbols: Object.fromEntries([...Object.entries(units.symbols), ...units.codes.map((c) => [c, c])]),
    clock: new RegExp(`^\\s?(?:${longestFirst(ids.clock)})(?![\\p{L}\\d])`, 'iu'),
    scaleWord: /^\s+(thousand|hundred|million|billion|trillion)\b/i,
    rangeAnd: new RegExp(`^\\s+and\\s+(?:${prefix}\\s?)?(${DIGITS}|${WORD_NUM})(${gluedScale})?(?![\\p{L}\\d])`, 'iu'),
    changeBefore: new RegExp(`\\b(${longestFirst([...change.up, ...change.down, ...change.byOnly])})\\s+(by\\s+|of\\s+)?(?:(?:some|about|around|nearly|almost|roughly|more than|over)\\s+)?$`, 'i'),
    up: new Set(change.up),
    byOnly: new Set(change.byOnly),
    extent: new RegExp(`\\b(?:${longestFirst(change.extent)})\\s+$`, 'i'),
    idsBefore: new Set(ids.before),
    idsAfter: new Set(ids.after),
    idsLabel: new Set(ids.label),
  };
}

function wordValue(raw: string): number {
  if (/^\d/.test(raw)) return Number(raw.replace(/,/g, ''));
  const w = raw.toLowerCase();
  if (w in WORDS) return WORDS[w]!;
  const [tens, ones] = w.split('-');
  return tens && ones && tens in WORDS && ones in WORDS ? WORDS[tens]! + WORDS[ones]! : Number(w.replace(/,/g, ''));
}

/** Whether a number follows a capitalised name and stands in a list of name-number pairs ("Reform UK 5, SNP 9"). */
function inTally(text: string, start: number, end: number): boolean {
  return /\p{Lu}[\p{L}'’-]*\s+$/u.test(text.slice(Math.max(0, start - 30), start))
    && (TALLY_NEXT.test(text.slice(end, end + 40)) || TALLY_PREVIOUS.test(text.slice(Math.max(0, start - 50), start)));
}

/** The identifier a number is part of: "Boeing 787", "Row 427", "No. 10", "427 Row", "10 Downing Street", "the 23 jersey". */
function isIdentifier(c: Compiled, text: string, numStart: number, numEnd: number, inTime: (s: number, e: number) => boolean): boolean {
  const window = text.slice(Math.max(0, numStart - 30), numStart);
  WORD_BEFORE.lastIndex = window.length;
  const before = WORD_BEFORE.exec(window);
  if (before) {
    const word = before[1]!;
    const at = numStart - word.length - before[2]!.length;
    if (c.idsBefore.has(word.toLowerCase()) && (word !== 'no' || /^\s*\d/.test(text.slice(numStart)))) return true;
    // A capitalised word that is no sentence opener and no date names the thing the number labels, unless it
    // is one of a list of tallies ("Labour 412, Conservatives 121 and SNP 9").
    if (/^\p{Lu}[\p{L}]*$/u.test(word) && !SENTENCE_START.test(text.slice(Math.max(0, at - 3), at)) && !inTime(at, at + word.length)
      && !phraseSet('entity-stopwords').has(word.toLowerCase())
      && !TALLY_NEXT.test(text.slice(numEnd, numEnd + 40)) && !TALLY_PREVIOUS.test(text.slice(Math.max(0, numStart - 50), numStart))) return true;
  }
  // "427 Row", "10 Downing Street": a run of capitalised words ending in a street word; "the 23 jersey": a word of a label.
  const after = text.slice(numEnd, numEnd + 60);
  NEXT_WORD.lastIndex = 0;
  for (let i = 0, next; i < 4 && (next = NEXT_WORD.exec(after)); i++) {
    const word = next[1]!.replace(/\.$/, '');
    if (c.idsAfter.has(word.toLowerCase()) && (i > 0 || /^\p{Lu}/u.test(word) || c.idsLabel.has(word.toLowerCase()))) return true;
    if (!/^\p{Lu}/u.test(word)) break;
  }
  // A clock time ("5 PM", "10 o'clock") is time's, even where time left it.
  return c.clock.test(text.slice(numEnd, numEnd + 12));
}

/**
 * `x` to twelve significant digits, which drops the float noise of a decimal times a scale (4.1 million is
 * 4100000, not 4099999.9999999995). An integer below 10^12 is its own rounding: most figures skip the
 * string round trip, which was 0.5% of `extract`.
 */
function twelveDigits(x: number): number {
  return Number.isInteger(x) && Math.abs(x) < 1e12 ? x : Number(x.toPrecision(12));
}

/**
 * The grammar's matches from `from` on, as a global scan finds them. The grammar opens with optional words tried
 * at every position; a match holds a number, so it runs from `reach` before the next place a number may start.
 */
export function numberMatches(text: string, from: number): Generator<RegExpExecArray> {
  const c = fromLexicons('quantity-number', compile);
  return matchesNear(c.qty, c.numberStart, c.reach, text, from);
}

/** The grammar itself, whose scan of every position `numberMatches` must equal. */
export const numberGrammar = (): RegExp => fromLexicons('quantity-number', compile).qty;

export const numberRecognizer: Recognizer<QuantityMention> = {
  name: 'number',
  recognize({ doc, text }) {
    const c = fromLexicons('quantity-number', compile);
    const times = doc.time ?? [];
    const timeIndex = new SpanIndex(times);
    const inTime = (s: number, e: number) => timeIndex.overlaps(s, e);
    const out: QuantityMention[] = [];
    const currencies = lexicon<Record<string, string>>('currency-words');
    let reached = 0;
    for (const m of numberMatches(text, doc.report.bodyStart)) {
      // A number inside the last amount ("30" of "between 20 and 30", "hundred" of "two hundred") is part of it.
      if (m.index < reached) continue;
      const g = m.groups!;
      let start = m.index;
      const prefixStart = start + (g['opener']?.length ?? 0);
      const numStart = prefixStart + (g['lead']?.length ?? 0);
      const numEnd = numStart + g['num']!.length;
      const raw = g['num']!.toLowerCase();
      let matchEnd = start + m[0].length;
      if (inTime(numStart, numEnd)) continue;
      const prefix = g['prefix']?.trim() ?? null;
      let currency = prefix ? c.symbols[prefix] ?? null : null;
      const scales = lexicon<UnitLexicon>('quantity-units').scales;
      // A glued "m" is a scale after a currency ("$3m") and metres otherwise ("30m"); "C" is always a unit.
      const glue = (word: string | undefined): { scale: number; unit: string | null } => {
        if (!word) return { scale: 1, unit: null };
        const scale = scales[word.toLowerCase()];
        const unit = gluedUnit(word);
        if (scale && (currency || !unit) && (currency || !lexicon<UnitLexicon>('quantity-units').currencyOnlyScales.includes(word.toLowerCase()))) return { scale, unit: null };
        return { scale: 1, unit };
      };
      const glued = glue(g['glued']);
      const glued2 = glue(g['glued2']);
      if (g['glued'] && !glued.unit && glued.scale === 1) continue;
      let value = wordValue(raw);
      if (!Number.isFinite(value)) continue;
      if (raw === 'one' && !/^\s+[a-z]+s\b/.test(text.slice(matchEnd, matchEnd + 20)) && !ellipticSubject(text, start, matchEnd) && !countsOne(text, start, matchEnd)) continue;
      if (/^\d{4}$/.test(raw) && value >= 1600 && value <= 2100 && !currency) continue;
      if (isIdentifier(c, text, g['bound'] ? numStart : start, matchEnd, inTime)) continue;
      let scale = glued.scale;
      let value2 = g['num2'] ? wordValue(g['num2']) : null;
      let bound = g['bound']?.toLowerCase() ?? null;
      let scale2 = g['glued2'] ? glued2.scale : 1;
      if (bound === 'between') {
        // "between $540 million and $1.08 billion": the first bound may take its own scale word.
        const ownScale = value2 === null && scale === 1 ? c.scaleWord.exec(text.slice(matchEnd)) : null;
        const and = value2 === null ? c.rangeAnd.exec(text.slice(matchEnd + (ownScale?.[0].length ?? 0))) : null;
        if (!and) {
          // No second bound: the number alone.
          bound = null;
          start = g['prefix'] ? prefixStart : numStart;
        } else {
          if (ownScale) { scale = scales[ownScale[1]!.toLowerCase()]!; matchEnd += ownScale[0].length; }
          value2 = wordValue(and[1]!);
          if (and[2]) scale2 = glue(and[2]).scale;
          matchEnd += and[0].length;
        }
      }
      // "spread over 35 square kilometres": "over" after a verb of extent is a preposition, not a bound.
      if (bound === 'over' && c.extent.test(text.slice(Math.max(0, start - 20), start))) {
        bound = null;
        start = g['prefix'] ? prefixStart : numStart;
      }
      const word = c.scaleWord.exec(text.slice(matchEnd));
      // A scale word after the number, or after the second bound of a range whose first has its own.
      if (word && scale2 === 1 && (scale === 1 || (value2 !== null && !g['glued']))) {
        const factor = scales[word[1]!.toLowerCase()]!;
        matchEnd += word[0].length;
        const more = c.scaleWord.exec(text.slice(matchEnd));
        const total = more && scales[more[1]!.toLowerCase()]! > factor ? factor * scales[more[1]!.toLowerCase()]! : factor;
        if (more && total !== factor) matchEnd += more[0].length;
        // "2-3 million", "between 20 and 30 thousand": a scale after the second bound is the first one's too.
        scale2 = total;
        if (scale === 1) scale = total;
      } else if (scale !== 1 && scale2 === 1) scale2 = scale;
      else if (scale === 1 && scale2 !== 1) scale = scale2;
      value = twelveDigits(value * scale);
      if (value2 !== null) value2 = twelveDigits(value2 * scale2);
      if (value2 !== null && !(value2 > value)) {
        if (bound === 'between') continue;
        // Not a range ("3-1", a score): the first number is read on its own.
        value2 = null;
        matchEnd = numEnd + (g['glued']?.length ?? 0);
      }
      let unit: string | null = glued.unit ?? glued2.unit;
      if (!unit && !currency) {
        const written = unitAfter(text, matchEnd);
        if (written) { unit = written.unit; matchEnd = written.end; }
        else {
          // "4.5 billion euros": a currency written out after the number is its unit, as "€" before it would be.
          const spelled = /^\s+([a-z]+)\b/i.exec(text.slice(matchEnd, matchEnd + 20));
          const code = spelled ? currencies[spelled[1]!.toLowerCase()] ?? null : null;
          if (code) { currency = code; matchEnd += spelled![0].length; }
        }
      }
      if (currency) unit = currency;
      // "$15 per hour", "£30,000 a year", "120 km per hour": a rate is part of the amount's unit.
      const rate = unit && unit !== '%' && unit !== 'pp' ? rateAfter(text, matchEnd) : null;
      if (rate) { unit = `${unit}/${rate.period}`; matchEnd = rate.end; }
      let min: number | null = value;
      let max: number | null = value2 ?? value;
      let minEx = false;
      let maxEx = false;
      let approx = false;
      let exact: number | null = value2 === null ? value : null;
      if (bound === 'more than' || bound === 'over') { exact = null; max = null; minEx = true; }
      else if (bound === 'at least') { exact = null; max = null; }
      else if (bound === 'up to' || bound === 'no more than') { exact = null; min = null; }
      else if (bound === 'fewer than' || bound === 'less than') { exact = null; min = null; maxEx = true; }
      else if (bound === 'nearly' || bound === 'almost') { exact = null; min = null; maxEx = true; approx = true; }
      else if (bound && bound !== 'between') { approx = true; }
      let end = matchEnd;
      const own = unit ? null : counted(text, end);
      if (own) end = countEnd(text, own);
      // "Twenty-nine of those held", "six of the victims": a part of a group named after it counts what the group does.
      const np = own ?? (unit ? null : partOf(text, end));
      const cText = np ? text.slice(np.start, np.end) : null;
      const head = own ? countedHead(cText) : partHead(cText);
      const elliptic = !cText && !unit && ellipticSubject(text, start, end);
      // "Labour 412, Conservatives 121, SNP 9": a number after a name in a list of such pairs is that name's count.
      const tally = !cText && !unit && inTally(text, start, end);
      const change = changeOf(c, text, start, unit !== null);
      reached = end;
      out.push({ kind: 'quantity', start, end, text: text.slice(start, end), value: exact, min: exact !== null ? null : min, max: exact !== null ? null : max,
        minExclusive: minEx, maxExclusive: maxEx, approx, counted: cText, countedSpan: np, countedHead: head, unit,
        ...(change ? { change } : {}),
        via: ['recognizer/number', ...(value2 !== null ? ['refiner/range'] : []), ...(unit ? ['lexicon/quantity-units'] : []), ...(elliptic ? ['refiner/elliptic-subject'] : []), ...(tally ? ['refiner/tally'] : [])] });
    }
    return out;
  },
};

const PART_OF = /^\s+of\s+(?=(?:the|those|these|its|their|our)\s)/i;

/** The group a number is a part of, written after it with "of" and a determiner, kept with the determiner ("those held"). */
function partOf(text: string, end: number): { start: number; end: number } | null {
  const of = PART_OF.exec(text.slice(end, end + 12));
  if (!of) return null;
  const from = end + of[0].length;
  const det = /^\S+\s+/.exec(text.slice(from))!;
  const np = counted(text, from + det[0].length);
  if (np) return { start: from, end: np.end };
  // "those held", "those injured": the people a participle or adjective describes.
  const those = /^those\s+(\p{Ll}+)/u.exec(text.slice(from, from + 30));
  return those ? { start: from, end: from + those[0].length } : null;
}

/** The head of a part's group: "those held" are people; otherwise the head of what is counted. */
const partHead = (c: string | null) => (c && /^those\s+\S+$/i.test(c) ? 'person' : countedHead(c));

/** "one solution": "one" before a singular noun is a count, unless an idiom ("one day", "one another") or a pronoun ("the one person"). */
function countsOne(text: string, start: number, end: number): boolean {
  const next = /^\s+([a-z][a-z'’-]*)\b/.exec(text.slice(end, end + 30));
  if (!next || ONE_NOT_AFTER.test(text.slice(Math.max(0, start - 20), start))) return false;
  const noun = next[1]!;
  // "one vendor's software": "one" opens a possessive, the phrase counts nothing.
  if (/['’]s?$/.test(noun)) return false;
  return !phraseSet('quantity-np-stop').has(noun) && !lexicon<{ oneNot: string[] }>('quantity-ids').oneNot.includes(noun) && !/(?:ly|ing|ed)$/.test(noun);
}

/**
 * "up 3%", "fell by 11%", "an increase of 5,000": the words right before a number that make it a change, with its
 * direction; "rose to 45%" and "up from 3%" are levels. A count with no unit is a change only with "by" or "of"
 * ("cut 300 jobs" counts jobs).
 */
function changeOf(c: Compiled, text: string, start: number, measured: boolean): 'up' | 'down' | null {
  const m = c.changeBefore.exec(text.slice(Math.max(0, start - 40), start));
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  if (!m[2] && (c.byOnly.has(word) || (!measured && word !== 'up' && word !== 'down'))) return null;
  return c.up.has(word) || word === 'raised' || word === 'boosted' ? 'up' : 'down';
}
