// Annotating a long report costs time in proportion to its length: each annotator before claims
// (clean, segment, time, quantity, entity, quote, cue) read every mention once per mention, so an
// 800 KB report took seconds there and a 5 MB one minutes. Sizes are small and only growth is asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeContext } from '../src/core/context.js';
import { loadBytes } from '../src/load/index.js';
import { DEFAULT_STAGES, runStages } from '../src/pipeline/compose.js';

// Every kind of mention, many times over: dates, counts, named and pronoun speakers, handles, ends of months.
const PARAGRAPH = [
  'On Tuesday, March 4, Mayor Tilda Versen said 37 families had left the low streets by the end of February.',
  '"We moved 120 people before noon," Versen said. "More than 40 more will go tomorrow," she added.',
  'Engineer Paulo Drake, @pdrake on the forum, wrote that the pumps ran 14 hours a day for three weeks.',
  'According to the Harrow Water Board, 2,300 homes lost power on Sunday night; Drake said crews restored 1,900 by Monday.',
].join(' ');

function report(kb: number) {
  let text = 'published: 2025-03-06\n\n';
  while (text.length < kb * 1024) text += PARAGRAPH + '\n\n';
  const [r] = loadBytes('long.txt', new TextEncoder().encode(text), makeContext());
  return r!;
}

// Claims are timed on their own in src/claims.
const BEFORE_CLAIMS = DEFAULT_STAGES.filter((s) => s.assigns !== 'claims');

function annotateMs(kb: number): number {
  const r = report(kb);
  const t0 = performance.now();
  const doc = runStages({ report: r }, makeContext(), BEFORE_CLAIMS);
  assert.ok((doc.time?.length ?? 0) > kb && (doc.quote?.length ?? 0) > kb / 2);
  return performance.now() - t0;
}

test('8x the report costs at most about 10x the time in the annotators before claims', () => {
  annotateMs(32);
  const small = Math.min(annotateMs(64), annotateMs(64));
  const large = Math.min(annotateMs(512), annotateMs(512));
  assert.ok(large < small * 12, `8x the text took ${(large / small).toFixed(1)}x the time (${small.toFixed(0)} ms, ${large.toFixed(0)} ms)`);
});
