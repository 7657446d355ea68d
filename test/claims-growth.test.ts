// Claims and the story record cost time in proportion to a report's length: each sentence and each
// figure reads only its own mentions (by place), never every mention of the report. Sizes are small
// and only growth is asserted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeContext } from '../src/core/context.js';
import { loadBytes } from '../src/load/index.js';
import { DEFAULT_STAGES, runStages } from '../src/pipeline/compose.js';
import { buildStory } from '../src/reconcile/index.js';
import type { Doc } from '../src/model/doc.js';

// Our own words: figures, dates, named sources and a quote, over and over.
const PARAGRAPH = [
  'On Monday the river authority in Harlow said 212 homes had flooded and 37 people were moved to the school.',
  '"The water rose faster than in 2019," engineer Mara Lindqvist told the council, which put the damage at $4.5 million.',
  'By Tuesday evening, according to the fire service, crews had pumped out 90 cellars and rescued 14 pets.',
].join(' ');

function annotated(kb: number): Doc {
  let text = 'published: 2025-04-08\n\n';
  while (text.length < kb * 1024) text += PARAGRAPH + '\n\n';
  const [r] = loadBytes('long.txt', new TextEncoder().encode(text), makeContext());
  return runStages({ report: r! }, makeContext(), DEFAULT_STAGES.filter((s) => s.assigns !== 'claims'));
}

const claimsStage = DEFAULT_STAGES.find((s) => s.assigns === 'claims')!;

function claimsAndRecordMs(kb: number): number {
  const doc = annotated(kb);
  const t0 = performance.now();
  const withClaims = { ...doc, claims: claimsStage.run(doc, makeContext()) } as Doc;
  assert.ok((withClaims.claims?.length ?? 0) > kb / 4);
  buildStory([withClaims], new Map(), makeContext());
  return performance.now() - t0;
}

test('8x the report costs at most about 10x the time in claims and the story record', () => {
  // Both sizes warmed first, then the least of three runs each: the small run is tens of milliseconds, so
  // one run slowed by another test running beside it would decide the ratio.
  claimsAndRecordMs(32);
  claimsAndRecordMs(256);
  const small = Math.min(claimsAndRecordMs(32), claimsAndRecordMs(32), claimsAndRecordMs(32));
  const large = Math.min(claimsAndRecordMs(256), claimsAndRecordMs(256), claimsAndRecordMs(256));
  assert.ok(large < small * 12, `8x the text took ${(large / small).toFixed(1)}x the time (${small.toFixed(0)} ms, ${large.toFixed(0)} ms)`);
});
