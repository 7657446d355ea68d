import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readWith } from '../../../../test/helpers/dates.js';
import { dayPartParser } from './day-part-parser.js';

// Published Sunday 16 March 2025 at noon: [sentence, readings].
const cases: [string, string[]][] = [
  ['Police arrived this morning.', ['this morning|day|2025-03-16|implied +morning']],
  ['The shops close at noon.', ['noon|day|2025-03-16|implied T12:00']],
  // after noon, "midnight" is the coming one
  ['The deadline is midnight.', ['midnight|day|2025-03-17|implied T00:00']],
  ['Prices moved later in the day.', ['the day|day|2025-03-17|stated']],
];

const negative: [string, string][] = [
  ['a word holding one', 'The nightclub opened.'],
  ['a day without "in"', 'It was the day of the vote.'],
];

for (const [text, want] of cases) test(`day part: ${text}`, () => assert.deepEqual(readWith(dayPartParser, text), want));
for (const [why, text] of negative) test(`day part: not ${why}`, () => assert.deepEqual(readWith(dayPartParser, text), []));
