import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, spans } from '../../../../test/helpers/doc.js';

// Published Sunday 16 March 2025: [sentence, span, value, mod]. The word that places a time inside a longer one is in its span.
const cases: [string, string, string, string | null][] = [
  ['The plant will reopen early next year.', 'early next year', '2026', 'START'],
  ['The mayor resigned late last year.', 'late last year', '2024', 'END'],
  ['The bridge was closed earlier this month.', 'earlier this month', '2025-03', null],
  ['Crews arrived earlier in March.', 'earlier in March', '2025-03', null],
  ['The council said earlier this year that rents would rise.', 'earlier this year', '2025', null],
];

for (const [text, span, value, mod] of cases) {
  test(`edge word: ${span} -> ${value} ${mod}`, () => {
    const doc = docOf(text);
    assert.deepEqual(spans(doc, doc.time).map((t) => [t.text, t.value, t.mod]), [[span, value, mod]]);
  });
}

test('edge word: a day keeps its own span', () => {
  const doc = docOf('The ferry left late on March 3.');
  assert.deepEqual(spans(doc, doc.time).map((t) => [t.text, t.value]), [['March 3', '2025-03-03']]);
});
