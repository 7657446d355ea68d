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

/** CPU milliseconds of this process for claims and the record of one report of `kb` KB: other tests running beside it do not count. */
function claimsAndRecordMs(kb: number): number {
  const doc = annotated(kb);
  const t0 = process.cpuUsage();
  const withClaims = { ...doc, claims: claimsStage.run(doc, makeContext()) } as Doc;
  assert.ok((withClaims.claims?.length ?? 0) > kb / 4);
  buildStory([withClaims], new Map(), makeContext());
  const used = process.cpuUsage(t0);
  return (used.user + used.system) / 1000;
}

test('8x the report costs at most about 10x the time in claims and the story record', () => {
  // Both sizes warmed first, then the least of five runs each, in CPU time, at 64 and 512 KB: at 32 KB a
  // warm run took 8-12 ms, where the JIT and the collector decided the ratio.
  claimsAndRecordMs(64);
  claimsAndRecordMs(512);
  const leastOf = (kb: number) => Math.min(...Array.from({ length: 5 }, () => claimsAndRecordMs(kb)));
  const small = leastOf(64);
  const large = leastOf(512);
  assert.ok(large < small * 12, `8x the text took ${(large / small).toFixed(1)}x the time (${small.toFixed(0)} ms, ${large.toFixed(0)} ms)`);
});
