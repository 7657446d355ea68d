import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readWith } from '../../../../test/helpers/dates.js';
import { clockParser, militaryClockParser } from './clock-parser.js';

// Published Sunday 16 March 2025 (US summer time from 9 March, EU from 30 March): [sentence, readings].
const cases: [string, string[]][] = [
  ['The polls close at 22:00.', ['22:00|day|2025-03-16|implied T22:00']],
  ['It landed at 3pm.', ['3pm|day|2025-03-16|implied T15:00']],
  ['The call came at 9.30 p.m. on Friday.', ['9.30 p.m.|day|2025-03-16|implied T21:30']],
  ['Trading halted at 3:30 a.m. ET.', ['3:30 a.m. ET|day|2025-03-16|implied T03:30 -240']],
  ['The notice appeared at 19:25 EDT.', ['19:25 EDT|day|2025-03-16|implied T19:25 -240']],
  ['The quake struck at 06:20 GMT.', ['06:20 GMT|day|2025-03-16|implied T06:20 +0']],
  ['Markets open at 9:00 CET.', ['9:00 CET|day|2025-03-16|implied T09:00 +60']],
  ['He woke at 5 in the morning.', ['5 in the morning|day|2025-03-16|implied T05:00']],
  ['Twelve o\'clock came: 12 a.m. sharp.', ['12 a.m.|day|2025-03-16|implied T00:00']],
];

const negative: [string, string][] = [
  ['a price', 'Shares closed at 2.50 a share.'],
  ['a figure alone', 'The index rose 20 points.'],
  ['a decimal without a.m. or p.m.', 'Rates rose to 9.30 yesterday.'],
  ['a score', 'They won 3-1 at home.'],
  ['an hour past twelve with p.m.', 'The log read 14 pm.'],
];

for (const [text, want] of cases) test(`clock: ${text}`, () => assert.deepEqual(readWith(clockParser, text), want));
for (const [why, text] of negative) test(`clock: not ${why}`, () => assert.deepEqual(readWith(clockParser, text), []));

const military: [string, string[]][] = [
  ['The patch went out at 0409 GMT.', ['0409 GMT|day|2025-03-16|implied T04:09 +0']],
  ['Polls closed at 2100 UTC.', ['2100 UTC|day|2025-03-16|implied T21:00 +0']],
];
const notMilitary: [string, string][] = [
  ['a year', 'The dam was finished in 1962.'],
  ['a figure', 'He scored 2100 points.'],
  ['an hour past 23', 'The log read 2500 GMT.'],
];
for (const [text, want] of military) test(`military clock: ${text}`, () => assert.deepEqual(readWith(militaryClockParser, text), want));
for (const [why, text] of notMilitary) test(`military clock: not ${why}`, () => assert.deepEqual(readWith(militaryClockParser, text), []));
