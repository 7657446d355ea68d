import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseDirection } from './tense-refiner.js';
import { lexicon, phraseSet } from '../../../lexicon/index.js';
import { seededInts } from '../../../../test/helpers/random.js';

// [sentence, the expression it directs, direction of the clause before it]
const cases: [string, string, 'past' | 'future' | null][] = [
  ['The council will meet on Thursday.', 'Thursday', 'future'],
  ['The council met on Thursday.', 'Thursday', 'past'],
  ['The hearing will be held on Thursday.', 'Thursday', 'future'],
  ['The hearing was held on Thursday.', 'Thursday', 'past'],
  ['The dam is due to be inspected in October.', 'October', 'future'],
  // an abbreviation's dot does not end the clause
  ['She will join the U.N. panel on Monday.', 'Monday', 'future'],
  ['Ms. Vane will succeed Anna K. Lode on Feb. 1.', 'Feb. 1', 'future'],
  // words ending in "-ed" that are not past verbs
  ['Ships will carry a hundred trucks on Monday.', 'Monday', 'future'],
  ['Ships could proceed on Monday.', 'Monday', null],
  ['Prices rose. On Monday', 'Monday', null],
];

// with no cue before it, the clause after the expression: [sentence, expression, direction]
const after: [string, string, 'past' | 'future' | null][] = [
  ['On Tuesday, the league plans to hold a rally.', 'Tuesday', 'future'],
  ['On Tuesday, the league will hold a rally.', 'Tuesday', 'future'],
  ['On Friday, the ministry planned to pay the first claims.', 'Friday', 'past'],
  ['In January, the hospital brought in a new director.', 'January', 'past'],
  ['On Friday, when she set aside her vacation plans for the trip, it rained.', 'Friday', null],
  ['On Monday, later in the day, talks resume.', 'Monday', null],
];

for (const [text, expression, direction] of after) {
  test(`clause direction after: ${text} -> ${direction}`, () => {
    const at = text.indexOf(expression);
    assert.equal(clauseDirection(text, at, 'weekday', at + expression.length), direction);
  });
}

for (const [text, expression, direction] of cases) {
  test(`clause direction: ${text} -> ${direction}`, () => {
    assert.equal(clauseDirection(text, text.indexOf(expression), 'date'), direction);
  });
}

const tense = lexicon<Record<'future' | 'dateFuture' | 'toFuture' | 'past' | 'notPast' | 'futureAfter' | 'pastBeforeOnly', string[]>>('time-tense');

/** clauseDirection as it was before it read a short window first: every clause read from 160 characters. */
function wholeWindow(text: string, at: number, kind: 'weekday' | 'date', after?: number): 'past' | 'future' | null {
  const sets = {
    future: new Set(tense.future), dateFuture: new Set(tense.dateFuture), toFuture: new Set(tense.toFuture), past: new Set(tense.past),
    notPast: new Set(tense.notPast), futureAfter: new Set(tense.futureAfter), pastBeforeOnly: new Set(tense.pastBeforeOnly),
  };
  const WORDS = /[\p{L}']+|[,;:.!?"“”()]/gu;
  const punct = (w: string) => /^[,;:.!?"“”()]$/.test(w);
  const abbreviation = (w: string | undefined) => w !== undefined && (/^\p{Lu}$/u.test(w) || phraseSet('abbreviations').has(`${w.toLowerCase()}.`));
  const participle = (w: string) => w.length > 4 && w.endsWith('ed') && w === w.toLowerCase() && !sets.notPast.has(w);
  const words = text.slice(Math.max(0, at - 160), at).match(WORDS) ?? [];
  let seen = 0;
  for (let i = words.length - 1; i >= 0 && seen < 10; i--) {
    const w = words[i]!.toLowerCase();
    if (punct(w)) {
      if (w === '.' && abbreviation(words[i - 1])) continue;
      if (w !== ',' || seen > 0) break;
      continue;
    }
    seen++;
    if (sets.future.has(w) || (kind === 'date' && sets.dateFuture.has(w))) return 'future';
    if (w === 'to' && sets.toFuture.has(words[i - 1]?.toLowerCase() ?? '')) return 'future';
    if ((participle(words[i]!) || sets.past.has(w)) && words[i - 1]?.toLowerCase() === 'be') continue;
    if (sets.past.has(w) || participle(words[i]!)) return 'past';
  }
  if (after === undefined) return null;
  const next = text.slice(after, after + 160).match(WORDS) ?? [];
  seen = 0;
  for (let i = 0; i < next.length && seen < 10; i++) {
    const w = next[i]!.toLowerCase();
    if (punct(w)) {
      if (w === '.' && abbreviation(next[i - 1])) continue;
      if (w === ',' && seen === 0) continue;
      break;
    }
    seen++;
    if (sets.futureAfter.has(w)) return 'future';
    if (!participle(next[i]!) && next[i + 1]?.toLowerCase() === 'to' && (sets.toFuture.has(w) || sets.future.has(w))) return 'future';
    if ((participle(next[i]!) || sets.past.has(w)) && next[i - 1]?.toLowerCase() === 'be') continue;
    if ((sets.past.has(w) && !sets.pastBeforeOnly.has(w)) || participle(next[i]!)) return 'past';
  }
  return null;
}

test('a clause read from a short window first is directed as when read whole', () => {
  // Mostly words that say nothing, so that reading often goes back to the start of the short window.
  const cues = ['will', 'would', 'set', 'to', 'due', 'be', 'was', 'said', 'held', 'planned', 'succeed', 'until', 'payable', 'ago', 'U.S', 'Mr', 'K',
    'hundred', 'inspected', "'ll", 'by', 'plans'];
  const plain = ['the', 'council', 'meet', 'on', 'Monday', 'a', 'it', 'Thursday', 'élan', 'naïve', 'résumé', 'of', 'its', 'members', 'and', 'in'];
  const separators = [...' '.repeat(24), ', ', '. ', '; ', '  ', '\n', ' (', '" ', ' 12 ', ' — '];
  const random = seededInts(41);
  let decided = 0;
  for (let i = 0; i < 20000; i++) {
    const text = Array.from({ length: 5 + random(80) }, () => (random(6) === 0 ? cues[random(cues.length)]! : plain[random(plain.length)]!) + separators[random(separators.length)]!).join('');
    const at = random(text.length + 1);
    const after = random(3) === 0 ? undefined : at + random(Math.min(20, text.length - at) + 1);
    const kind = random(2) === 0 ? 'weekday' : 'date';
    const want = wholeWindow(text, at, kind, after);
    if (want) decided++;
    assert.equal(clauseDirection(text, at, kind, after), want, `${JSON.stringify(text)} at ${at}, after ${after}, ${kind}`);
  }
  assert.ok(decided > 3000, `the generated clauses should often have a direction (got ${decided})`);
});
