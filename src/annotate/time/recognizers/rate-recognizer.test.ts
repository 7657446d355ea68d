import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, spans } from '../../../../test/helpers/doc.js';

// [sentence, span, value, mod, freq]: a rate is a SET, its period the value and what recurs its freq.
const cases: [string, string, string, string | null, string | null][] = [
  ['The merger should cut spending by $500 million a year.', 'a year', 'P1Y', null, null],
  ['The ferry line plans 700 extra seats a week.', 'a week', 'P1W', null, null],
  ['Inspectors check hundreds of trucks a day.', 'a day', 'P1D', null, null],
  ['The pumps run up to 24 hours a day in the flood season.', 'up to 24 hours a day', 'P1D', 'EQUAL_OR_LESS', 'PT24H'],
  ['The clinic opens five days a week.', 'five days a week', 'P1W', null, 'P5D'],
  ['The council meets twice a month.', 'twice a month', 'P1M', null, '2X'],
  ['Guards earn $12 per hour.', 'per hour', 'PT1H', null, null],
];

for (const [text, span, value, mod, freq] of cases) {
  test(`rate: ${span} -> ${value}`, () => {
    const doc = docOf(text);
    const got = spans(doc, doc.time);
    assert.deepEqual(got.map((t) => [t.text, t.type, t.value, t.mod, t.freq ?? null]), [[span, 'SET', value, mod, freq]]);
  });
}

// A length of time, not a rate: no figure right before it, or a word of time after it.
const lengths: [string, string, string][] = [
  ['He spent a year in the camp.', 'a year', 'P1Y'],
  ['The levee may be repaired within a week.', 'a week', 'P1W'],
  ['Rents rose by their smallest amount in a year.', 'a year', 'P1Y'],
];
for (const [text, span, value] of lengths) {
  test(`rate: not a rate: ${JSON.stringify(text)}`, () => {
    const doc = docOf(text);
    assert.deepEqual(spans(doc, doc.time).map((t) => [t.text, t.type, t.value]), [[span, 'DURATION', value]]);
  });
}
