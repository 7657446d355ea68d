import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineOf } from './dateline.js';

test('a dateline: its place (a city, maybe its country), date and agency, with where they stand', () => {
  const body = 'AREQUIPA, Peru, Nov 13 (Harbor Wire) - A jet overran the runway.';
  const line = datelineOf(body);
  assert.deepEqual(line && { month: line.month, day: line.day, year: line.year, agency: line.agency }, { month: 11, day: 13, year: null, agency: 'Harbor Wire' });
  assert.equal(body.slice(line!.place.start, line!.place.end), 'AREQUIPA, Peru');
  assert.equal(body.slice(line!.agencyAt!.start, line!.agencyAt!.end), 'Harbor Wire');
  assert.equal(datelineOf('KESSLING, March 10, 2025 — Water rose.')?.year, '2025');
  assert.equal(datelineOf('LONDON (Reuters) - Shares fell.')?.agency, 'Reuters');
  // A name and a dash, with no date and no agency, is no dateline.
  assert.equal(datelineOf('Castrel - a town of 5,000 - voted.'), null);
});
