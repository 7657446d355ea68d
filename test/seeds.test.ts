// The seeds end to end (skipped, saying so, when ../shared is absent).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../src/pipeline/analyze.js';

const SEEDS = resolve(import.meta.dirname, '..', '..', 'shared', 'corpus', 'seeds');
const skip = existsSync(SEEDS) ? false : `../shared is absent (${SEEDS}): skipping the seeds`;

test('analyze on the seeds: a contract record with 5 dated reports', { skip }, async () => {
  const { record } = await analyze([SEEDS]);
  assert.equal(record.schema, 'crosscheck/1');
  assert.equal(record.reports.length, 5);
  for (const r of record.reports) {
    assert.ok(r.published && r.publishedSource, `${r.source} is dated and says how`);
  }
});

test('in seed 000 each embedded post is one quote, annotated once', { skip }, async () => {
  const { docs } = await analyze([join(SEEDS, '000_27c7a4a483765ad3.txt')]);
  const posts = docs[0]!.quote!.filter((q) => q.embedded);
  assert.equal(posts.length, 3);
  assert.equal(new Set(posts.map((p) => p.start)).size, 3);
  for (const p of posts) assert.ok(!docs[0]!.quote!.some((q) => q !== p && q.start < p.end && p.start < q.end), 'no other quote overlaps a post');
});
