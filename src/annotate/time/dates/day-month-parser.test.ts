import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readWith } from '../../../../test/helpers/dates.js';
import { dayMonthParser } from './day-month-parser.js';

// Published Sunday 16 March 2025: [sentence, readings].
const cases: [string, string[]][] = [
  ['Polls open on 4 July 2024 at seven.', ['4 July 2024|day|2024-07-04|stated']],
  ['The storm hit on 3 Oct.', ['3 Oct|day|2024-10-03|implied']],
  ['Protests began on Monday 17 March 2025.', ['Monday 17 March 2025|day|2025-03-17|stated']],
  ['The fair runs on the 4th of July.', ['4th of July|day|2025-07-04|implied']],
  // a range of days: the last one, with the month
  ['Snow fell 12-13 January.', ['13 January|day|2025-01-13|implied']],
];

const negative: [string, string][] = [
  ['a count before a month name used as a word', 'He sold 40 may be more.'],
  ['a figure that goes on', 'It paid $4 March dividends.'],
  ['a day beyond a month', 'It was 45 March.'],
];

for (const [text, want] of cases) test(`day-month: ${text}`, () => assert.deepEqual(readWith(dayMonthParser, text), want));
for (const [why, text] of negative) test(`day-month: not ${why}`, () => assert.deepEqual(readWith(dayMonthParser, text), []));
