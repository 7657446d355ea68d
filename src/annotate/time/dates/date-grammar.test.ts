import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REF, describe } from '../../../../test/helpers/dates.js';
import { readDates } from './date-grammar.js';

// Published Sunday 16 March 2025: [sentence, readings of the whole grammar].
const cases: [string, string[]][] = [
  // a date and its clock time, either way round
  ['The notice appeared at 19:25 EDT on Saturday.', ['19:25 EDT on Saturday|day|2025-03-15|implied T19:25 -240']],
  ['They meet Friday at 8pm.', ['Friday at 8pm|day|2025-03-14|implied T20:00']],
  ['Shops shut at noon Friday.', ['noon Friday|day|2025-03-14|implied T12:00']],
  // a clock time given again in brackets: the date after the bracket is both clocks' day
  ['The quake struck at 12:50 p.m. local time (0620 GMT) on March 14.', ['12:50 p.m.|day|2025-03-14|implied T12:50', '0620 GMT|day|2025-03-14|implied T06:20 +0', 'March 14|day|2025-03-14|implied']],
  // a part of the day and its date
  ['He was shot on the night of Oct. 23 at home.', ['night of Oct. 23|day|2024-10-23|implied +night']],
  ['Shares were up at mid-afternoon yesterday.', ['afternoon yesterday|day|2025-03-15|stated +afternoon']],
  // a day counted from a date
  ['The day before last Tuesday they met.', ['The day before last Tuesday|day|2025-03-10|implied']],
  // the longest of overlapping readings
  ['It came on Monday 17 March 2025.', ['Monday 17 March 2025|day|2025-03-17|stated']],
  // the end of a range knows where the range begins (clauseAt is not printed)
  ['Hearings run from Aug. 26 to Oct. 20.', ['Aug. 26|day|2025-08-26|implied', 'Oct. 20|day|2024-10-20|implied']],
  // a clock time that names no day is on the last day named before it, not the day a source spoke
  ['The jet crashed on Thursday evening. It came down at 18:42.', ['Thursday evening|day|2025-03-13|implied +evening', '18:42|day|2025-03-13|implied T18:42']],
  ['The jet crashed on Thursday, officials said on Saturday. It came down at 18:42.', ['Thursday|day|2025-03-13|implied', 'Saturday|day|2025-03-15|implied', '18:42|day|2025-03-13|implied T18:42']],
  ['Polls close at 10pm.', ['10pm|day|2025-03-16|implied T22:00']],
];

for (const [text, want] of cases) test(`date grammar: ${text}`, () => assert.deepEqual(readDates(text, REF).map(describe), want));

test('date grammar: the end of a range is directed from where the range begins', () => {
  const [first, second] = readDates('Hearings run from Aug. 26 to Oct. 20.', REF);
  assert.equal(second?.clauseAt, first?.index);
});
