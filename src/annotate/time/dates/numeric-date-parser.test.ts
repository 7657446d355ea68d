import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readWith } from '../../../../test/helpers/dates.js';
import { numericDateParser } from './numeric-date-parser.js';

const cases: [string, string[]][] = [
  ['Filed on 2025-03-16 by the clerk.', ['2025-03-16|day|2025-03-16|stated']],
  ['The memo is dated 7/19/2024.', ['7/19/2024|day|2024-07-19|stated']],
];

const negative: [string, string][] = [
  ['a fraction', 'Shares rose 3/4 of a point.'],
  ['a score and a range', 'It ended 2-1; pages 12-14.'],
  ['a month beyond twelve', 'Code 2025-13-01 failed.'],
];

for (const [text, want] of cases) test(`numeric date: ${text}`, () => assert.deepEqual(readWith(numericDateParser, text), want));
for (const [why, text] of negative) test(`numeric date: not ${why}`, () => assert.deepEqual(readWith(numericDateParser, text), []));
