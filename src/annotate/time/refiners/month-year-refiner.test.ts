import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timeAt } from '../../../../test/helpers/doc.js';

// [published, sentence, span, value]: the year of a month or a day named without one.
const cases: [string, string, string, string][] = [
  ['1989-10-27', 'The firm booked $58 million of sales in its year ended March 31.', 'March 31', '1989-03-31'],
  ['1989-10-30', 'Conseco said it is calling the notes for redemption on Dec. 7.', 'Dec. 7', '1989-12-07'],
  ['1989-11-02', 'The bank agreed to the merger in January.', 'January', '1989-01'],
  ['2000-01-15', 'The service ruled that he must be returned by Jan. 14.', 'Jan. 14', '2000-01-14'],
  ['2025-03-16', 'The grant is payable Dec. 7 to every household.', 'Dec. 7', '2025-12-07'],
  ['2025-03-16', 'The levee was inspected last March.', 'last March', '2024-03'],
  ['2025-03-16', 'The levee will be inspected next March.', 'next March', '2026-03'],
];

for (const [published, text, span, value] of cases) {
  test(`month year: ${span} in ${JSON.stringify(text)} (published ${published}) -> ${value}`, () => {
    const got = timeAt(text, span, published);
    assert.equal(got.value, value);
  });
}
