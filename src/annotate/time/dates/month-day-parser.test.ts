import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readWith } from '../../../../test/helpers/dates.js';
import { monthDayParser } from './month-day-parser.js';

// Published Sunday 16 March 2025: [sentence, readings].
const cases: [string, string[]][] = [
  ['Crews arrived on March 15, 2025.', ['March 15, 2025|day|2025-03-15|stated']],
  ['The board met Aug. 26 and Sept. 3.', ['Aug. 26|day|2025-08-26|implied', 'Sept. 3|day|2025-09-03|implied']],
  ['It closed on Friday, March 14 at dawn.', ['Friday, March 14|day|2025-03-14|implied']],
  ['Talks start Jan 3rd 2026.', ['Jan 3rd 2026|day|2026-01-03|stated']],
  ['The vote is on Sunday, March eighth.', ['Sunday, March eighth|day|2025-03-08|implied']],
  // the nearest year: December before a March publication is last year's
  ['The fire began Dec. 30.', ['Dec. 30|day|2024-12-30|implied']],
];

const negative: [string, string][] = [
  ['a clock time after the day', 'Doors open March 5:30 pm.'],
  ['a month with no day', 'Prices rose in March 2025.'],
  ['a day beyond a month', 'It was Oct. 42 already.'],
  ['a day the month lacks', 'The vote was set for February 30, 2025.'],
  ['a month word inside another', 'The Decision 5 memo leaked.'],
];

for (const [text, want] of cases) test(`month-day: ${text}`, () => assert.deepEqual(readWith(monthDayParser, text), want));
for (const [why, text] of negative) test(`month-day: not ${why}`, () => assert.deepEqual(readWith(monthDayParser, text), []));
