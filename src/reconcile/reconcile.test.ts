import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countInterval, dateRange, intersect } from '../core/interval.js';

const count = (value: number | null, min: number | null, max: number | null, minExclusive = false, approx = false) =>
  countInterval({ type: 'count', value, min, max, minExclusive, maxExclusive: false, approx, unit: null });

test('"over 250" and 261 share a point: compatible', () => {
  assert.ok(intersect([count(null, 250, null, true), count(261, null, null)]));
});

test('"over 250" excludes 250 itself', () => {
  assert.equal(intersect([count(null, 250, null, true), count(250, null, null)]), null);
});

test('21 and 23 share no point: conflict', () => {
  assert.equal(intersect([count(21, null, null), count(23, null, null)]), null);
});

test('the bound rule: "at least 21" alone admits 23 (compatible by intervals)', () => {
  assert.ok(intersect([count(null, 21, null), count(23, null, null)]));
});

test('"about 300" admits 310 but not 400', () => {
  assert.ok(intersect([count(300, null, null, false, true), count(310, null, null)]));
  assert.equal(intersect([count(300, null, null, false, true), count(400, null, null)]), null);
});

test('dates cover their granularity: March contains 15 March; an ISO week is seven days', () => {
  const march = dateRange('2025-03')!;
  const day = dateRange('2025-03-15')!;
  assert.ok(march.start <= day.start && day.end <= march.end);
  const week = dateRange('2025-W13')!;
  assert.equal((week.end - week.start) / 86400000, 7);
  assert.equal(new Date(week.start).toISOString().slice(0, 10), '2025-03-24');
});

test('an exact number holds what rounds to it as written: 11 holds 11.1, 418 not 419', () => {
  const written = (value: number, step: number) => countInterval({ type: 'count', value, min: null, max: null, minExclusive: false, maxExclusive: false, approx: false, unit: null, step });
  assert.ok(intersect([written(11, 1), written(11.1, 0.1)]));
  assert.equal(intersect([written(418, 1), written(419, 1)]), null);
  assert.equal(intersect([written(33.8, 0.1), written(33.7, 0.1)]), null);
});
