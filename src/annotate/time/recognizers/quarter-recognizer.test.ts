import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, spans, timeAt } from '../../../../test/helpers/doc.js';

// Published 1989-11-02, in the fourth quarter: [sentence, span, value].
const cases: [string, string, string][] = [
  ['Profit rose in the third quarter.', 'the third quarter', '1989-Q3'],
  ['It expects a fourth-quarter charge.', 'fourth-quarter', '1989-Q4'],
  ['It will report the third-quarter results next week.', 'third-quarter', '1989-Q3'],
  ['Sales fell in the quarter.', 'the quarter', '1989-Q3'],
  ['Sales are rising in the current quarter.', 'the current quarter', '1989-Q4'],
  ['It earned $3 million in the 1988 second quarter.', 'the 1988 second quarter', '1988-Q2'],
  ['It lost money in the third quarter of 1984.', 'the third quarter of 1984', '1984-Q3'],
  ['The plant opens in next year\'s first quarter.', 'next year\'s first quarter', '1990-Q1'],
  ['Net rose from $2 million in the year-ago third quarter.', 'the year-ago third quarter', '1988-Q3'],
  // "the latest quarter" has been reported, even after a quarter still running was named
  ['It expects a fourth-quarter charge. Sales fell in the latest quarter.', 'the latest quarter', '1989-Q3'],
];

for (const [text, span, value] of cases) {
  test(`quarter: ${span} -> ${value}`, () => {
    const got = timeAt(text, span, '1989-11-02');
    assert.equal(got.value, value);
  });
}

test('quarter: a quarter of something is not a time', () => {
  const doc = docOf('A quarter of the votes were lost.', '1989-11-02');
  assert.deepEqual(spans(doc, doc.time).map((t) => t.text), []);
});
