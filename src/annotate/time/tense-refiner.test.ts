import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseDirection } from './tense-refiner.js';

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

for (const [text, expression, direction] of cases) {
  test(`clause direction: ${text} -> ${direction}`, () => {
    assert.equal(clauseDirection(text, text.indexOf(expression), 'date'), direction);
  });
}
