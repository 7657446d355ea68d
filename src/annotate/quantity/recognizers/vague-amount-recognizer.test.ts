// VAGUE_RE runs only near its amount and "of": it must find what its scan of every position finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchesFrom } from '../../common/extractor.js';
import { VAGUE_RE, vagueMatches } from './vague-amount-recognizer.js';
import { seededInts } from '../../../../test/helpers/random.js';

const PIECES = ['tens of', 'Tens of', 'hundreds of', 'thousands of', 'dozens of', 'tens', 'Tens', 'dozens', 'HUNDREDS', 'hundreds', 'thousands', 'Millions', 'millions', 'of', 'OF', 'of', 'off', 'ofx',
  'dozen', 'thousand', 'people', 'the', '_', 'é', '5', '.', ',', '-', 'xhundreds'];
const GAPS = [' ', ' ', ' ', '  ', '', '\n', '\u00a0'];

test('vagueMatches finds every match of VAGUE_RE, in order, from any start', () => {
  const random = seededInts(29);
  let found = 0;
  for (let i = 0; i < 1000; i++) {
    let text = '';
    for (let n = 2 + random(10); n > 0; n--) text += PIECES[random(PIECES.length)]! + GAPS[random(GAPS.length)]!;
    // Every start: one inside "hundreds of thousands" leaves only the second amount for the anchor to find.
    for (let from = 0; from < text.length; from++) {
      const show = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => `${m.index}:${m[0]}`);
      const expected = show(matchesFrom(VAGUE_RE, text, from));
      found += expected.length;
      assert.deepEqual(show(vagueMatches(text, from)), expected, `${JSON.stringify(text)} from ${from}`);
    }
  }
  assert.ok(found > 800, `the texts should hold vague amounts (${found})`);
});
