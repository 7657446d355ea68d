import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readWith } from '../../../../test/helpers/dates.js';
import { weekdayParser } from './weekday-parser.js';

// Published Sunday 16 March 2025: [sentence, readings]. A weekday alone is the nearest one (the refiner directs it).
const cases: [string, string[]][] = [
  ['Crews worked on Saturday.', ['Saturday|day|2025-03-15|implied']],
  ['The mayor will speak on Tuesday.', ['Tuesday|day|2025-03-18|implied']],
  ['It rained last Thursday.', ['last Thursday|day|2025-03-13|implied']],
  ['They meet next Friday.', ['next Friday|day|2025-03-21|implied']],
  ['Water rose on Sunday morning.', ['Sunday morning|day|2025-03-16|implied +morning']],
  ['Fans gathered over the weekend.', ['weekend|weekend|2025-03-15|implied']],
];

const negative: [string, string][] = [
  ['a weekday inside a word', 'The Mondays band played.'],
  ['a day that is no weekday', 'Every day counts.'],
];

for (const [text, want] of cases) test(`weekday: ${text}`, () => assert.deepEqual(readWith(weekdayParser, text), want));
for (const [why, text] of negative) test(`weekday: not ${why}`, () => assert.deepEqual(readWith(weekdayParser, text), []));
