// Golden-file tests: the full extract and story output on our examples and (without text) on the seeds.
// After a deliberate change, review and rewrite with `npm run golden:update -- <slug>`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { available, CASES, firstDifference, goldenPath, produce } from './golden/golden.js';

for (const c of CASES) {
  const skip = !available(c.dir) ? `${c.dir} is absent: skipping golden "${c.slug}"` : !existsSync(goldenPath(c.slug)) ? `no ${goldenPath(c.slug)} yet: run npm run golden:update -- ${c.slug}` : false;
  test(`golden: ${c.slug}`, { skip }, async () => {
    const got = JSON.parse(JSON.stringify(await produce(c.dir, c.withText, c.lexiconDirs)));
    const want = JSON.parse(readFileSync(goldenPath(c.slug), 'utf8'));
    const diff = firstDifference(got, want);
    assert.equal(diff, null, `${diff}\n(review, then npm run golden:update -- ${c.slug})`);
  });
}
