import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateRange, durationSeconds, nearMoment, offsetApart, sameMoment } from './interval.js';

test('a TIMEX3 duration is a length in seconds; one with no number is none', () => {
  assert.equal(durationSeconds('PT1H30M'), 5400);
  assert.equal(durationSeconds('PT78M'), 4680);
  assert.equal(durationSeconds('P3D'), 259_200);
  assert.equal(durationSeconds('P2.5W'), 1_512_000);
  assert.equal(durationSeconds('P1DT12H'), 129_600);
  assert.equal(durationSeconds('PXY'), null);
  assert.equal(durationSeconds('P'), null);
});

test('a decade and a century are ranges of years', () => {
  assert.deepEqual(dateRange('179'), { start: Date.UTC(1790, 0, 1), end: Date.UTC(1800, 0, 1) });
  assert.deepEqual(dateRange('17'), { start: Date.UTC(1700, 0, 1), end: Date.UTC(1800, 0, 1) });
  assert.deepEqual(dateRange('1798'), { start: Date.UTC(1798, 0, 1), end: Date.UTC(1799, 0, 1) });
});

test('a bare local time is the moment of a zoned one a zone offset apart, half hours included', () => {
  const bare = { value: '2025-06-12T13:39', dayless: false };
  assert.equal(sameMoment(bare, { value: '2025-06-12T08:09Z', dayless: false }), 'zone');
  assert.equal(sameMoment(bare, { value: '2025-06-12T08:39Z', dayless: false }), 'zone');
  assert.equal(sameMoment(bare, { value: '2025-06-12T13:09Z', dayless: false }), null);
  assert.equal(sameMoment(bare, { value: '2025-06-12T13:39Z', dayless: false }), 'exact');
});

test('nearMoment: within the reach, or a zone offset and the reach apart when one gives a zone', () => {
  const local = { value: '2026-11-13T07:40', dayless: false };
  assert.equal(nearMoment(local, { value: '2026-11-13T07:42', dayless: false }, 5 * 60_000), true);
  assert.equal(nearMoment(local, { value: '2026-11-13T07:50', dayless: false }, 5 * 60_000), false);
  assert.equal(nearMoment(local, { value: '2026-11-13T12:42Z', dayless: false }, 5 * 60_000), true);
  assert.equal(nearMoment(local, { value: '2026-11-13T12:42Z', dayless: false }, 0), false);
  assert.equal(nearMoment({ value: '2026-11-13T07:40Z', dayless: false }, { value: '2026-11-13T12:42Z', dayless: false }, 5 * 60_000), false);
});

test('offsetApart: minutes apart once a zone offset is allowed for, only when one of the two gives a zone', () => {
  const local = { value: '2024-07-05T05:03', dayless: false };
  assert.equal(offsetApart(local, { value: '2024-07-05T04:00Z', dayless: false }), 3 * 60_000);
  assert.equal(offsetApart({ value: '2024-07-05T05:03Z', dayless: false }, { value: '2024-07-05T04:00Z', dayless: false }), 63 * 60_000);
  assert.equal(offsetApart(local, { value: 'PT5M', dayless: false }), null);
});
