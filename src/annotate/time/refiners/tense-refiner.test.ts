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
