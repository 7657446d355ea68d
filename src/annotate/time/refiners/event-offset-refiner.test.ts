import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, timeAt } from '../../../../test/helpers/doc.js';

// Published Sunday 16 March 2025: [sentence, span, type, value]. An offset from an event is not counted from publication.
const cases: [string, string, string, string][] = [
  ['Police say the van was seen in the weeks before the fire.', 'the weeks before', 'DATE', 'XXXX-WXX'],
  ['Neighbours heard shouting in the days before the flood.', 'the days before', 'DATE', 'XXXX-XX-XX'],
  ['The mayor resigned the day after the audit was published.', 'the day after', 'DATE', 'XXXX-XX-XX'],
  // beside a date, the offset is that date
  ['The boat left port on Nov. 3, the day before the storm hit.', 'the day before', 'DATE', '2024-11-03'],
  // a counted offset from an event is the length between the two
  ['The strike began a month after the mill cut wages.', 'a month', 'DURATION', 'P1M'],
  ['Less than an hour after the verdict, crowds gathered.', 'an hour', 'DURATION', 'PT1H'],
  // publication has no clock time to count an hour from
  ['The ferry sank and, an hour later, the rescue began.', 'an hour', 'DURATION', 'PT1H'],
  // without an event after it, a single unit still names the day it points to
  ['The toll rose to five on Sunday, up from three a day earlier.', 'a day earlier', 'DATE', '2025-03-15'],
];

for (const [text, span, type, value] of cases) {
  test(`event offset: ${span} in ${JSON.stringify(text)} -> ${value}`, () => {
    const got = timeAt(text, span);
    assert.equal(got.type, type);
    assert.equal(got.value, value);
  });
}

test('event offset: an unknown day says so, a date beside it anchors it', () => {
  const unknown = docOf('The mayor resigned the day after the audit was published.').time?.[0];
  assert.equal(unknown?.certainty, 'unknown');
  assert.deepEqual(unknown?.via, ['recognizer/date', 'refiner/event-offset']);
  const doc = docOf('The boat left port on Nov. 3, the day before the storm hit.');
  const beside = doc.time?.find((t) => t.text === 'the day before');
  assert.equal(beside?.certainty, 'implied');
  assert.equal(beside?.anchor, `narrative:${doc.time?.find((t) => t.text === 'Nov. 3')?.start}`);
});
