import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timeAt } from '../../../../test/helpers/doc.js';

// Published 1989-11-02, in the fourth quarter: [text, span, value]. The period compared is the one in focus a year before.
const cases: [string, string, string][] = [
  ['Net rose in the third quarter from $2 million a year earlier.', 'a year earlier', '1988-Q3'],
  ['Sales fell 3% from a year earlier.', 'a year earlier', '1988'],
  // the period and its comparison are one time
  ['Net fell in the third quarter; in the quarter a year ago the mill earned $4 million.', 'the quarter a year ago', '1988-Q3'],
  ['Earnings slid this third quarter, where a gain was booked in the comparable year-ago quarter.', 'the comparable year-ago quarter', '1988-Q3'],
  // a span of months named after the quarter is compared as a whole: its year
  ['Net rose in the third quarter. For the nine months, net was $9 million, up from $7 million a year earlier.', 'a year earlier', '1988'],
  ['Earnings grew in the third quarter. In the first nine months, profit came to $9 million, up from $7 million in the 1988 period.', 'the 1988 period', '1988'],
  // a comparison that says "quarter" stays a quarter
  ['Net rose in the third quarter. For the nine months, net was $9 million, and in the year-ago quarter $2 million.', 'the year-ago quarter', '1988-Q3'],
  // a quarter spoken of after the span brings the focus back
  ['For the nine months, net was $9 million. In the latest quarter, net rose from $2 million a year earlier.', 'a year earlier', '1988-Q3'],
];

for (const [text, span, value] of cases) {
  test(`comparison period: ${span} in ${JSON.stringify(text.slice(0, 60))} -> ${value}`, () => {
    const got = timeAt(text, span, '1989-11-02');
    assert.equal(got.value, value);
  });
}
