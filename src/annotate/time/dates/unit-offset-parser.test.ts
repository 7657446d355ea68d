import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readWith } from '../../../../test/helpers/dates.js';
import { unitOffsetParser } from './unit-offset-parser.js';

// Published Sunday 16 March 2025: [sentence, readings].
const cases: [string, string[]][] = [
  ['The prison opened two years ago.', ['two years ago|year|2023-01-01|implied']],
  ['The toll was three a day earlier.', ['a day earlier|day|2025-03-15|stated']],
  ['He resigned the day before the audit.', ['the day before|day|2025-03-15|stated']],
  ['The plan came six weeks ago.', ['six weeks ago|week|2025-02-02|stated']],
  ['They met 10 days ago.', ['10 days ago|day|2025-03-06|stated']],
  ['It opened about five months ago.', ['about five months ago|month|2024-10-16|implied']],
  ['Rain came in the weeks before the fire.', ['the weeks before|day|2025-03-09|stated']],
];

const negative: [string, string][] = [
  ['years after, which name no year', 'Two years later the mill closed.'],
  ['a unit without its count', 'Days ago nobody knew.'],
];

for (const [text, want] of cases) test(`unit offset: ${text}`, () => assert.deepEqual(readWith(unitOffsetParser, text), want));
for (const [why, text] of negative) test(`unit offset: not ${why}`, () => assert.deepEqual(readWith(unitOffsetParser, text), []));
