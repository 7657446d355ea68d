import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, spans, timeAt } from '../../../../test/helpers/doc.js';
import { holidayDate } from './holiday-recognizer.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString().slice(0, 10));

// [rule, year, day]: fixed days, nth weekdays, the last weekday, shifted rules, Easter.
const rules: [string, number, string][] = [
  ['12-25', 2024, '2024-12-25'],
  ['nth:11:4:4', 1999, '1999-11-25'],
  ['nth:5:1:-1', 2025, '2025-05-26'],
  ['nth:11:1:1:+1', 1998, '1998-11-03'],
  ['easter:0', 2000, '2000-04-23'],
  ['easter:0', 2024, '2024-03-31'],
  ['easter:-2', 2025, '2025-04-18'],
];

for (const [rule, year, day] of rules) {
  test(`holiday rule: ${rule} in ${year} -> ${day}`, () => assert.equal(iso(holidayDate(rule, year)), day));
}

// Published Sunday 16 March 2025: [sentence, span, value].
const cases: [string, string, string][] = [
  ['The boy was found on Thanksgiving Day off the coast.', 'Thanksgiving Day', '2024-11-28'],
  ['The store closed last Christmas.', 'last Christmas', '2024-12-25'],
  ['The vote will be held on Election Day.', 'Election Day', '2025-11-04'],
  ['Crowds gathered as Easter week began.', 'Easter week', '2025-W16'],
  ['The parade was cancelled last St. Patrick’s Day.', 'last St. Patrick’s Day', '2024-03-17'],
  ['The fireworks on New Year’s Eve drew thousands.', 'New Year’s Eve', '2024-12-31'],
];

for (const [text, span, value] of cases) {
  test(`holiday: ${span} -> ${value}`, () => {
    const got = timeAt(text, span);
    assert.equal(got.value, value);
  });
}

test('holiday: a thing named for a holiday is not a time', () => {
  for (const text of ['They sold a Christmas tree.', 'The Easter Rising failed.', 'We gave thanksgiving for the rain.']) {
    const doc = docOf(text);
    assert.deepEqual(spans(doc, doc.time).map((t) => t.text), [], text);
  }
});
