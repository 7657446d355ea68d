// FEW_OF_UNIT is read from its opening words: it must find what a scan of its pattern over every position finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchesFrom } from '../../common/extractor.js';
import { FEW_OF_UNIT } from './few-of-unit-recognizer.js';
import { seededInts } from '../../../../test/helpers/random.js';

const PIECES = ['a few', 'A FEW', 'a  few', 'afew', 'several', 'Several', 'a couple of', 'a couple', 'couple of', 'of', 'a', 'few', 'dozen', 'Hundred', 'thousand',
  'millions', 'million', 'people', 'ſeveral', 'data', '5', '-', '_', 'é'];
const GAPS = [' ', ' ', '', '  ', '\n', '\u00a0', '-', '.'];

test('FEW_OF_UNIT finds every match of its pattern, in order, from any start', () => {
  const random = seededInts(53);
  let found = 0;
  for (let i = 0; i < 3000; i++) {
    let text = '';
    for (let n = 2 + random(8); n > 0; n--) text += PIECES[random(PIECES.length)]! + GAPS[random(GAPS.length)]!;
    const from = random(3) === 0 ? random(text.length) : 0;
    const show = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => `${m.index}:${m[0]}`);
    const expected = show(matchesFrom(FEW_OF_UNIT.pattern, text, from));
    found += expected.length;
    assert.deepEqual(show(FEW_OF_UNIT.matches(text, from)), expected, `${JSON.stringify(text)} from ${from}`);
  }
  assert.ok(found > 150, `the texts should hold few-of-unit amounts (${found})`);
});
