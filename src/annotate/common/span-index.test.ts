import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Range } from '../../model/span.js';
import { SpanIndex } from './span-index.js';
import { seededFractions } from '../../../test/helpers/random.js';

const byStart = (a: Range, b: Range) => a.start - b.start || a.end - b.end;

// The index answers by binary search over its spans in order; this checks each answer against a
// scan of every span, on lists given in text order (kept as they are) and shuffled (sorted first).
test('generated spans: the answers a scan of every span gives', () => {
  const fraction = seededFractions(17);
  const next = (n: number) => Math.floor(fraction() * n);
  for (let n = 0; n < 2_000; n++) {
    const spans: Range[] = Array.from({ length: next(8) }, () => {
      const start = next(30);
      return { start, end: start + 1 + next(10) };
    });
    const ordered = [...spans].sort(byStart);
    for (const list of [ordered, spans]) {
      const index = new SpanIndex(list);
      const start = next(40);
      const end = start + 1 + next(12);
      const at = JSON.stringify([list, start, end]);
      assert.equal(index.overlaps(start, end), ordered.some((s) => s.start < end && s.end > start), at);
      assert.deepEqual(index.within(start, end), ordered.filter((s) => s.start >= start && s.end <= end), at);
      assert.equal(index.covering(start, end), ordered.findLast((s) => s.start <= start && s.end >= end), at);
      const probe = ordered[0] ?? { start, end };
      assert.equal(index.holdsLonger(probe), ordered.some((s) => s !== probe && s.start <= probe.start && s.end >= probe.end && s.end - s.start > probe.end - probe.start), at);
    }
  }
});
