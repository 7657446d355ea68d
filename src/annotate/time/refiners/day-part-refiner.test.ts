import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, spans, timeAt } from '../../../../test/helpers/doc.js';

// Published Sunday 16 March 2025: [sentence, span, type, value]. A part of day after "in the" is of the narrative's day.
const cases: [string, string, string, string][] = [
  ['The minister arrived in Kessling later in the day.', 'the day', 'DATE', '2025-03-16'],
  ['Talks collapsed Friday. Traders sold heavily in the morning.', 'the morning', 'TIME', '2025-03-14TMO'],
  ['The ferry sank on March 3. Divers reached it the next morning.', 'the next morning', 'TIME', '2025-03-04TMO'],
  // after "mid" or an edge word, the grammar's reading stands
  ['By mid afternoon, the roads were closed.', 'afternoon', 'TIME', '2025-03-16TAF'],
];

for (const [text, span, type, value] of cases) {
  test(`day part: ${span} in ${JSON.stringify(text)} -> ${value}`, () => {
    const got = timeAt(text, span);
    assert.equal(got.type, type);
    assert.equal(got.value, value);
  });
}

const notTimes: [string, string][] = [
  ['a greeting', 'Good evening from the harbour in Kessling.'],
  ['a rate', 'A cabin costs $40 a night in summer.'],
  ['a modifier', 'The mayor appeared on a morning radio show.'],
];
for (const [name, text] of notTimes) {
  test(`day part: not a time: ${name}`, () => {
    const doc = docOf(text);
    assert.deepEqual(spans(doc, doc.time).map((t) => t.text), []);
  });
}
