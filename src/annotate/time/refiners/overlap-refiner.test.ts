import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TimeMention } from '../../../model/mention.js';
import { timeMention } from '../mention.js';
import { place, type Placement } from './overlap-refiner.js';

const TEXT = 'x'.repeat(40);
const at = (start: number, end: number, via = 'found'): TimeMention => timeMention(TEXT, start, end, 'DATE', '2025', null, via, null);
const spansOf = (ms: readonly TimeMention[]) => ms.map((m) => [m.start, m.end, m.via[0]]);

// [placement, found, proposed, expected [start, end, via]], in text order.
const cases: [Placement, TimeMention[], TimeMention[], (string | number)[][]][] = [
  ['defer', [at(5, 10)], [at(8, 12, 'new'), at(12, 15, 'new')], [[5, 10, 'found'], [12, 15, 'new']]],
  // A proposal that overlaps one kept in the same step gives way too, in either order.
  ['defer', [], [at(0, 6, 'new'), at(4, 9, 'new'), at(20, 25, 'new'), at(18, 21, 'new')], [[0, 6, 'new'], [20, 25, 'new']]],
  ['override', [at(5, 10), at(20, 30)], [at(8, 12, 'new')], [[8, 12, 'new'], [20, 30, 'found']]],
  // Each override in turn: the later of two overlapping proposals stands.
  ['override', [], [at(0, 6, 'new'), at(4, 9, 'later')], [[4, 9, 'later']]],
  ['replace-inside', [at(5, 10)], [at(0, 12, 'new')], [[0, 12, 'new']]],
  ['replace-inside', [at(5, 15)], [at(0, 12, 'new')], [[5, 15, 'found']]],
];

for (const [placement, found, proposed, expected] of cases) {
  test(`overlap refiner: ${placement} ${JSON.stringify(spansOf(proposed))} among ${JSON.stringify(spansOf(found))}`, () => {
    assert.deepEqual(spansOf(place(found, proposed, placement)), expected);
  });
}
