import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, spans } from '../../../../test/helpers/doc.js';

// Published Sunday 16 March 2025: [sentence, span, value].
const cases: [string, string, string][] = [
  ['The hearing may be held the week of April 7.', 'the week of April 7', '2025-W15'],
  ['Talks stalled in the week of March 3.', 'the week of March 3', '2025-W10'],
  ['The fair opens during the week of Jan. 6, 2026.', 'the week of Jan. 6, 2026', '2026-W02'],
];

for (const [text, span, value] of cases) {
  test(`week of: ${span} -> ${value}`, () => {
    const doc = docOf(text);
    const got = spans(doc, doc.time);
    assert.deepEqual(got.map((t) => [t.text, t.value]), [[span, value]]);
    assert.deepEqual(got[0]?.via.at(-1), 'refiner/week-of');
  });
}

test('week of: a day without "the week of" stays a day', () => {
  const doc = docOf('The hearing may be held on April 7.');
  assert.deepEqual(spans(doc, doc.time).map((t) => [t.text, t.value]), [['April 7', '2025-04-07']]);
});
