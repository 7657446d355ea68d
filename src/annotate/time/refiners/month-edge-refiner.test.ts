import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, spans } from '../../../../test/helpers/doc.js';

// Published Sunday 16 March 2025: [sentence, span, value, mod]. The edge of a month is the month with a mod.
const cases: [string, string, string, string][] = [
  ['The ferry timetable expires at the end of November.', 'the end of November', '2025-11', 'END'],
  ['The levee was rebuilt at the beginning of February.', 'the beginning of February', '2025-02', 'START'],
  ['Rents rose in the middle of January.', 'the middle of January', '2025-01', 'MID'],
  ['Crews hope to finish by the end of the month.', 'the end of the month', '2025-03', 'END'],
  ['The program ran until the end of March 2024.', 'the end of March 2024', '2024-03', 'END'],
];

for (const [text, span, value, mod] of cases) {
  test(`month edge: ${span} -> ${value} ${mod}`, () => {
    const doc = docOf(text);
    assert.deepEqual(spans(doc, doc.time).map((t) => [t.text, t.type, t.value, t.mod]), [[span, 'DATE', value, mod]]);
  });
}

test('month edge: a day written in the text stays a day', () => {
  const doc = docOf('The offer expires at the end of trading on Nov. 30.');
  assert.deepEqual(spans(doc, doc.time).map((t) => [t.text, t.value, t.mod]), [['Nov. 30', '2025-11-30', null]]);
});
