import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readWith } from '../../../../test/helpers/dates.js';
import { casualDayParser } from './casual-day-parser.js';

// Published Sunday 16 March 2025 at noon: [sentence, readings].
const cases: [string, string[]][] = [
  ['The results come today.', ['today|day|2025-03-16|stated']],
  ['Yesterday the river rose.', ['Yesterday|day|2025-03-15|stated']],
  ['The vote is tomorrow.', ['tomorrow|day|2025-03-17|stated']],
  ['The talks resume tonight.', ['tonight|day|2025-03-16|stated']],
  ['Last night, the levee broke.', ['Last night|day|2025-03-15|stated +night']],
  ['He spoke yesterday evening.', ['yesterday evening|day|2025-03-15|stated +evening']],
];

const negative: [string, string][] = [
  ['"now"', 'The town is now quiet.'],
  ['a word holding one', 'The todays list was empty.'],
];

for (const [text, want] of cases) test(`casual day: ${text}`, () => assert.deepEqual(readWith(casualDayParser, text), want));
for (const [why, text] of negative) test(`casual day: not ${why}`, () => assert.deepEqual(readWith(casualDayParser, text), []));

test('casual day: "last night" read before dawn is the night just ended', () => {
  assert.deepEqual(readWith(casualDayParser, 'Last night the dam held.', new Date('2025-03-16T05:00:00Z')), ['Last night|day|2025-03-16|stated +night']);
});
