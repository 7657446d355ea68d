// The eval gate: scores on the seeds, the development stories, our own stories (eval/stories), our error-class corpus (eval/classes) and the TempEval-3 training documents must not fall below the floors pinned in eval/baseline.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { makeContext } from '../src/core/context.js';
import { evaluate } from '../src/eval/run.js';
import { checkGate } from '../src/eval/gate.js';
import { convertTempEval } from '../src/eval/tempeval.js';
import { tempDir } from './helpers/tmp.js';
import { SEEDS_LEXICON } from './golden/golden.js';

const ROOT = resolve(import.meta.dirname, '..');
const SEEDS = resolve(ROOT, '..', 'shared', 'corpus', 'seeds');
const BASELINE = join(ROOT, 'eval', 'baseline.json');
const DEV = resolve(ROOT, '..', 'shared', 'corpus', 'dev');
const TEMPEVAL = resolve(ROOT, '..', 'shared', 'data', 'tempeval3-train', 'TBAQ-cleaned');

test('seeds stay above their pinned floors', { skip: existsSync(SEEDS) ? false : `../shared is absent (${SEEDS}): skipping the eval gate` }, async () => {
  // Read with the story's own lexicon (its gang and prison names), as a user of that story gives it.
  const ctx = makeContext({ lexiconDirs: [SEEDS_LEXICON] });
  const result = await evaluate(SEEDS, ctx, undefined, join(ROOT, 'eval', 'voice-seeds.json'));
  assert.deepEqual(ctx.errors.filter((e) => e.code.startsWith('CC2')), [], 'gold files read cleanly');
  const problems = checkGate(BASELINE, 'seeds', result);
  assert.deepEqual(problems, []);
});

// Each development story (real events, a gold fact sheet, no mention gold) holds its own fact floors.
const devStories = existsSync(DEV) ? readdirSync(DEV).filter((d) => existsSync(join(DEV, d, 'FACTS.json'))).sort() : [];
test('development stories stay above their pinned fact floors', { skip: devStories.length ? false : `${DEV} is absent: skipping the development stories' gate` }, async (t) => {
  for (const story of devStories) {
    await t.test(story, async () => {
      const result = await evaluate(join(DEV, story), makeContext());
      assert.deepEqual(checkGate(BASELINE, `dev/${story}`, result), []);
    });
  }
});

// Our own made-up stories of the kinds the development corpus lacks (eval/stories): always present.
const STORIES = join(ROOT, 'eval', 'stories');
const ownStories = readdirSync(STORIES).filter((d) => existsSync(join(STORIES, d, 'FACTS.json'))).sort();
test('our own stories (air crashes, quakes, the seeds\' story in three languages) stay above their pinned fact floors', async (t) => {
  assert.ok(ownStories.length > 0);
  for (const story of ownStories) {
    await t.test(story, async () => {
      const result = await evaluate(join(STORIES, story), makeContext());
      assert.deepEqual(checkGate(BASELINE, `stories/${story}`, result), []);
    });
  }
});

test('the error-class corpus (quantities and quotes of issue #16) stays above its pinned floors', async () => {
  const ctx = makeContext();
  const result = await evaluate(join(ROOT, 'eval', 'classes'), ctx);
  assert.deepEqual(ctx.errors.filter((e) => e.code.startsWith('CC2')), [], 'gold files read cleanly');
  assert.deepEqual(checkGate(BASELINE, 'classes', result), []);
});

test('TempEval-3 time values stay above their pinned floor', { skip: existsSync(TEMPEVAL) ? false : `${TEMPEVAL} is absent: skipping the TempEval gate`, timeout: 300_000 }, async () => {
  const dir = tempDir('cc-tempeval-');
  assert.ok(convertTempEval(TEMPEVAL, dir).docs > 0);
  const result = await evaluate(dir, makeContext(), ['time']);
  assert.deepEqual(checkGate(BASELINE, 'tempeval', result), []);
});
