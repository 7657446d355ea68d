/**
 * Which way a weekday or a month named alone points. News looks back, so by
 * default a bare "Tuesday" is the latest Tuesday on or before publication and
 * "December" the latest December; but the clause around it may look ahead
 * ("will meet on Thursday", "set to resume Monday", "planned to leave on
 * Friday"). The nearest tense cue before the expression in its clause
 * decides; a word ending in "-ed" is past (unless listed as `notPast`:
 * "succeed", "hundred"), "to" after a word of intent is ahead. The dot of an
 * abbreviation does not end the clause. The lists live in
 * lexicon/time-tense.json.
 */
import { lexicon, phraseSet } from '../../lexicon/index.js';

interface TenseLexicon {
  readonly future: readonly string[]; readonly dateFuture: readonly string[]; readonly toFuture: readonly string[]; readonly past: readonly string[]; readonly notPast: readonly string[];
}

let sets: { key: TenseLexicon; future: ReadonlySet<string>; dateFuture: ReadonlySet<string>; toFuture: ReadonlySet<string>; past: ReadonlySet<string>; notPast: ReadonlySet<string> } | null = null;
const CLAUSE_WORDS = /[\p{L}']+|[,;:.!?"“”()]/gu;
/** How far back (in words) a cue may stand from the expression it directs. */
const REACH = 10;

export type Direction = 'past' | 'future';

function isAbbreviation(word: string | undefined): boolean {
  return word !== undefined && (/^\p{Lu}$/u.test(word) || phraseSet('abbreviations').has(`${word.toLowerCase()}.`));
}

/**
 * The direction of the clause that ends at `at` in `text` (the expression itself is not read), or null
 * when no cue says. A calendar
 * date (`kind` 'date') also looks ahead after the words of schedules ("payable Dec. 7", "until March 6").
 */
export function clauseDirection(text: string, at: number, kind: 'weekday' | 'date' = 'weekday'): Direction | null {
  const lex = lexicon<TenseLexicon>('time-tense');
  if (sets?.key !== lex) sets = { key: lex, future: new Set(lex.future), dateFuture: new Set(lex.dateFuture), toFuture: new Set(lex.toFuture), past: new Set(lex.past), notPast: new Set(lex.notPast) };
  const before = text.slice(Math.max(0, at - 160), at);
  const words = before.match(CLAUSE_WORDS) ?? [];
  let seen = 0;
  for (let i = words.length - 1; i >= 0 && seen < REACH; i--) {
    const w = words[i]!.toLowerCase();
    if (/^[,;:.!?"“”()]$/.test(w)) {
      // The dot of an abbreviation or an initial ("U.S.", "Mr.", "Daniel P. Davison") does not end the clause.
      if (w === '.' && isAbbreviation(words[i - 1])) continue;
      // A clause ends at punctuation; "on" and prepositions between verb and date are read through.
      if (w !== ',' || seen > 0) break;
      continue;
    }
    seen++;
    if (sets.future.has(w) || (kind === 'date' && sets.dateFuture.has(w))) return 'future';
    // "set to resume", "ready to leave": an infinitive after a word of intent looks ahead ("voted to support" does not).
    if (w === 'to' && sets.toFuture.has(words[i - 1]?.toLowerCase() ?? '')) return 'future';
    // "-ed" marks a past verb only in a lowercase word ("United" is a name).
    // "to be debated", "will be held": a participle after "be" takes its tense from what comes before.
    const participle = w.length > 4 && w.endsWith('ed') && words[i] === w && !sets.notPast.has(w);
    if ((participle || sets.past.has(w)) && words[i - 1]?.toLowerCase() === 'be') continue;
    if (sets.past.has(w) || participle) return 'past';
  }
  return null;
}
