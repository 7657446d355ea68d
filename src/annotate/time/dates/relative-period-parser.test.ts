import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readWith } from '../../../../test/helpers/dates.js';
import { relativePeriodParser } from './relative-period-parser.js';

// Published Sunday 16 March 2025: [sentence, readings].
const cases: [string, string[]][] = [
  ['Shares fell last week.', ['last week|week|2025-03-09|implied']],
  ['Talks start this week.', ['this week|week|2025-03-16|implied']],
  ['Sales rose last month.', ['last month|month|2025-02-01|implied']],
  ['It opens next month.', ['next month|month|2025-04-01|implied']],
  ['Mailing starts at the end of this week.', ['the end of this week|week|2025-03-16|implied']],
  // the month-edge refiner makes these the month with END
  ['Troops arrive by the end of the month.', ['end of the month|day|2025-03-31|implied']],
  ['Prices held at the end of next month.', ['next month|month|2025-04-01|implied']],
  // read for the range it may begin; typed as no time
  ['Sales rose this year through August.', ['this year|year|2025-01-01|implied']],
];

const negative: [string, string][] = [
  ['a period with no modifier', 'A week passed.'],
  ['"last" before another word', 'The last weekend of the fair.'],
];

for (const [text, want] of cases) test(`relative period: ${text}`, () => assert.deepEqual(readWith(relativePeriodParser, text), want));
for (const [why, text] of negative) test(`relative period: not ${why}`, () => assert.deepEqual(readWith(relativePeriodParser, text), []));
