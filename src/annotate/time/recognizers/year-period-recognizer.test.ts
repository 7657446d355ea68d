import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, spans, timeAt } from '../../../../test/helpers/doc.js';

// Published 1989-11-02: [sentence, span, type, value, mod].
const cases: [string, string, string, string, string | null][] = [
  ['Sales for the full year rose 4%.', 'the full year', 'DATE', '1989', null],
  ['It expects a loss for the current fiscal year.', 'the current fiscal year', 'DATE', '1989', null],
  ['Revenue was $76 million in the year ended March 31.', 'the year', 'DURATION', 'P1Y', null],
  ['Profit is expected to recover by year-end.', 'year-end', 'DATE', '1989', 'END'],
  ['The mill closed in 1985; later that year it was sold.', 'later that year', 'DATE', '1985', null],
  ['The mill closed in 1985 and reopened the following year.', 'the following year', 'DATE', '1986', null],
];

for (const [text, span, type, value, mod] of cases) {
  test(`year period: ${span} -> ${type} ${value}`, () => {
    const got = timeAt(text, span, '1989-11-02');
    assert.deepEqual([got.type, got.value, got.mod], [type, value, mod]);
  });
}

test('year period: "that year" with no year named before is left alone', () => {
  const doc = docOf('Nobody knew what that year would bring.', '1989-11-02');
  assert.deepEqual(spans(doc, doc.time).map((t) => t.text), []);
});
