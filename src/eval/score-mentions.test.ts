import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MentionJson } from '../model/record.js';
import type { GoldMention } from './gold.js';
import { emptyTallies, finish, scoreKind, type Miss } from './score-mentions.js';

const gold = (start: number, end: number, value: string): GoldMention => ({ kind: 'time', start, end, text: 'x'.repeat(end - start), attrs: { value } });
const sys = (start: number, end: number, value: string): MentionJson =>
  ({ kind: 'time', start, end, text: 'x'.repeat(end - start), type: 'DATE', value, mod: null });

test('relaxed, strict and span+attribute counts', () => {
  const t = emptyTallies();
  const misses: Miss[] = [];
  scoreKind('time',
    [sys(0, 5, '2025-03-16'), sys(10, 14, '2025-03'), sys(30, 33, '2025')],
    [gold(0, 5, '2025-03-16'), gold(9, 14, '2025-02'), gold(50, 55, 'P1D')], t, 'r.txt', misses);
  const s = finish(t);
  assert.deepEqual([s.relaxed.tp, s.relaxed.fp, s.relaxed.fn], [2, 1, 1]);
  assert.deepEqual([s.strict.tp, s.strict.fp, s.strict.fn], [1, 2, 2]);
  assert.deepEqual([s.attr.tp, s.attr.fp, s.attr.fn], [1, 2, 2]);
  assert.equal(misses.filter((m) => m.what === 'missed').length, 1);
  assert.equal(misses.filter((m) => m.what === 'spurious').length, 1);
});

test('one system mention matches at most one gold mention', () => {
  const t = emptyTallies();
  scoreKind('time', [sys(0, 20, 'a')], [gold(0, 5, 'a'), gold(6, 20, 'a')], t, 'r.txt');
  assert.deepEqual([t.relaxed.tp, t.relaxed.fp, t.relaxed.fn], [1, 0, 1]);
});

test('quantity compares value, min and max; quote compares speaker loosely', () => {
  const t = emptyTallies();
  scoreKind('quantity',
    [{ kind: 'quantity', start: 0, end: 8, text: 'over 250', value: null, min: 250, max: null, minExclusive: true, maxExclusive: false, approx: false, counted: null, unit: null }],
    [{ kind: 'quantity', start: 0, end: 8, text: 'over 250', attrs: { value: null, min: 250, max: null } }], t, 'r');
  assert.equal(t.attr.tp, 1);
  const q = emptyTallies();
  scoreKind('quote',
    [{ kind: 'quote', start: 0, end: 4, text: 'abcd', speaker: 'Nayib  Bukele', speakerText: null, cue: null, direct: true }],
    [{ kind: 'quote', start: 0, end: 4, text: 'abcd', attrs: { speaker: 'nayib bukele' } }], q, 'r');
  assert.equal(q.attr.tp, 1);
});
