import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readWith } from '../../../../test/helpers/dates.js';
import { monthParser } from './month-parser.js';

// Published Sunday 16 March 2025: [sentence, readings].
const cases: [string, string[]][] = [
  ['Prices rose in February.', ['February|month|2025-02-01|implied']],
  ['The plant closed in Sept. 1989.', ['Sept. 1989|month|1989-09-01|implied']],
  ['It was June of 2024.', ['June of 2024|month|2024-06-01|implied']],
  ['Sales peaked in May.', ['May|month|2025-05-01|implied']],
];

const negative: [string, string][] = [
  ['"May" the verb', 'The council May decide later.'],
  ['a three-letter abbreviation alone', 'The Jan. figures were late.'],
  ['a lower-case march', 'They will march on the capital.'],
];

for (const [text, want] of cases) test(`month: ${text}`, () => assert.deepEqual(readWith(monthParser, text), want));
for (const [why, text] of negative) test(`month: not ${why}`, () => assert.deepEqual(readWith(monthParser, text), []));
