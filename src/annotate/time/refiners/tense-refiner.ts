/**
 * Which way a weekday or a month named alone points. News looks back, so by
 * default a bare "Tuesday" is the latest Tuesday on or before publication and
 * "December" the latest December; but the clause around it may look ahead
 * ("will meet on Thursday", "set to resume Monday", "planned to leave on
 * Friday"). The nearest tense cue before the expression in its clause
 * decides; a word ending in "-ed" is past (unless listed as `notPast`:
 * "succeed", "hundred"), "to" after a word of intent is ahead. The dot of an
 * abbreviation does not end the clause. With no cue before it, the clause
 * after the expression is read ("On Tuesday, the league plans to…"). The
 * lists live in lexicon/time-tense.json.
 */
import { fromLexicons, lexicon, phraseSet } from '../../../lexicon/index.js';

interface TenseLexicon {
  readonly future: readonly string[]; readonly dateFuture: readonly string[]; readonly toFuture: readonly string[]; readonly past: readonly string[];
  readonly notPast: readonly string[]; readonly futureAfter: readonly string[]; readonly pastBeforeOnly: readonly string[];
}

interface TenseSets {
  readonly future: ReadonlySet<string>; readonly dateFuture: ReadonlySet<string>; readonly toFuture: ReadonlySet<string>;
  readonly past: ReadonlySet<string>; readonly notPast: ReadonlySet<string>; readonly futureAfter: ReadonlySet<string>; readonly pastBeforeOnly: ReadonlySet<string>;
}

const CLAUSE_WORDS = /[\p{L}']+|[,;:.!?"“”()]/gu;
/** How far back (in words) a cue may stand from the expression it directs. */
const REACH = 10;

export type Direction = 'past' | 'future';

function isAbbreviation(word: string | undefined): boolean {
  return word !== undefined && (/^\p{Lu}$/u.test(word) || phraseSet('abbreviations').has(`${word.toLowerCase()}.`));
}

function tenseSets(): TenseSets {
  return fromLexicons('time-tense-sets', () => {
    const lex = lexicon<TenseLexicon>('time-tense');
    return {
      future: new Set(lex.future), dateFuture: new Set(lex.dateFuture), toFuture: new Set(lex.toFuture), past: new Set(lex.past),
      notPast: new Set(lex.notPast), futureAfter: new Set(lex.futureAfter), pastBeforeOnly: new Set(lex.pastBeforeOnly),
    };
  });
}

/** A lowercase word ending in "-ed" ("United" is a name). */
const isParticiple = (sets: TenseSets, word: string) => word.length > 4 && word.endsWith('ed') && word === word.toLowerCase() && !sets.notPast.has(word);

/** Characters read around an expression for its clause; most clauses decide within the first, shorter window. */
const WINDOW = 160;
const SHORT_WINDOW = 64;

/**
 * The direction of the clause that ends at `at` in `text` (the expression itself is not read), or, when
 * no cue there says and `after` (the expression's end) is given, of the words after it; null when none
 * says. A calendar date (`kind` 'date') also looks ahead after the words of schedules ("payable Dec. 7",
 * "until March 6").
 */
export function clauseDirection(text: string, at: number, kind: 'weekday' | 'date' = 'weekday', after?: number): Direction | null {
  const sets = tenseSets();
  let cue: Direction | null | undefined;
  for (const reach of [SHORT_WINDOW, WINDOW]) {
    const start = Math.max(0, at - reach);
    cue = directionBefore(sets, text.slice(start, at).match(CLAUSE_WORDS) ?? [], kind, start === 0 || reach === WINDOW);
    if (cue !== undefined) break;
  }
  if (cue) return cue;
  return after === undefined ? null : directionAfter(sets, text, after);
}

/**
 * The cue among `words` (those before an expression), read back from the last; undefined when reading reaches the
 * first word of a window that is not `whole` (it may be cut), so that the whole window must be read.
 */
function directionBefore(sets: TenseSets, words: readonly string[], kind: 'weekday' | 'date', whole: boolean): Direction | null | undefined {
  let seen = 0;
  for (let i = words.length - 1; i >= 0 && seen < REACH; i--) {
    // Each step reads words[i] and words[i - 1].
    if (!whole && i < 2) return undefined;
    const w = words[i]!.toLowerCase();
    if (/^[,;:.!?"“”()]$/.test(w)) {
      // The dot of an abbreviation or an initial ("U.S.", "Mr.", "Daniel P. Davison") does not end the clause.
      if (w === '.' && isAbbreviation(words[i - 1])) continue;
      // A clause ends at punctuation; "on" and prepositions between verb and date are read through.
      if (w !== ',' || seen > 0) return null;
      continue;
    }
    seen++;
    if (sets.future.has(w) || (kind === 'date' && sets.dateFuture.has(w))) return 'future';
    // "set to resume", "ready to leave": an infinitive after a word of intent looks ahead ("voted to support" does not).
    if (w === 'to' && sets.toFuture.has(words[i - 1]?.toLowerCase() ?? '')) return 'future';
    // "to be debated", "will be held": a participle after "be" takes its tense from what comes before.
    const participle = isParticiple(sets, words[i]!);
    if ((participle || sets.past.has(w)) && words[i - 1]?.toLowerCase() === 'be') continue;
    if (sets.past.has(w) || participle) return 'past';
  }
  return !whole && seen < REACH ? undefined : null;
}

/**
 * The clause after an expression ("On Tuesday, the league plans to hold…", "In January, the company
 * brought in…"): there only a future auxiliary or a word of intent before "to" looks ahead ("vacation
 * plans" is a noun, "planned to pay" a past plan), and a past verb looks back.
 */
function directionAfter(sets: TenseSets, text: string, at: number): Direction | null {
  for (const reach of [SHORT_WINDOW, WINDOW]) {
    const end = Math.min(text.length, at + reach);
    const cue = cueAfter(sets, text.slice(at, end).match(CLAUSE_WORDS) ?? [], end === text.length || reach === WINDOW);
    if (cue !== undefined) return cue;
  }
  return null;
}

/** The cue among `words` (those after an expression), read on from the first; undefined when reading reaches the last word of a window that is not `whole`. */
function cueAfter(sets: TenseSets, words: readonly string[], whole: boolean): Direction | null | undefined {
  let seen = 0;
  for (let i = 0; i < words.length && seen < REACH; i++) {
    // Each step reads words[i - 1], words[i] and words[i + 1].
    if (!whole && i + 2 >= words.length) return undefined;
    const w = words[i]!.toLowerCase();
    if (/^[,;:.!?"“”()]$/.test(w)) {
      if (w === '.' && isAbbreviation(words[i - 1])) continue;
      // The comma right after an opening "On Tuesday," leads into the clause it directs.
      if (w === ',' && seen === 0) continue;
      return null;
    }
    seen++;
    const participle = isParticiple(sets, words[i]!);
    if (sets.futureAfter.has(w)) return 'future';
    if (!participle && words[i + 1]?.toLowerCase() === 'to' && (sets.toFuture.has(w) || sets.future.has(w))) return 'future';
    if ((participle || sets.past.has(w)) && words[i - 1]?.toLowerCase() === 'be') continue;
    if ((sets.past.has(w) && !sets.pastBeforeOnly.has(w)) || participle) return 'past';
  }
  return !whole && seen < REACH ? undefined : null;
}
