// The number grammar runs only near a place a number may start: it must find what a scan of every position finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchesFrom } from '../../common/extractor.js';
import { numberGrammar, numberMatches } from './number-recognizer.js';
import { seededInts } from '../../../../test/helpers/random.js';

// Bounds, prefixes, numbers, glued scales and units, and their near misses ("someone", "often", "MS-13", "ſix", "_one").
const PIECES = ['more than', 'over', 'at least', 'up to', 'nearly', 'approximately', 'no more than', 'between', 'and', 'some',
  'someone', 'often', 'tone', 'eighty-one', 'twenty', 'ſix', 'ſeven', 'ONE', 'Two', 'dozen', 'hundred', 'thousand', 'million',
  '$', 'US$', 'R$', '€', '£', 'USD', 'EUR', 'HK$', '5', '12', '1,200', '3.5', '2024', '10:30', '1/2', 'MS-13', 'bn', 'm', 'km',
  '%', 'C', 'per', 'cent', 'x', 'é', '_', '-', '–', '.', ',', '(', ':'];
const GAPS = [' ', ' ', '  ', '', '\u00a0', '\n', ' \t ', '\u3000'];

test('numberMatches finds every match of the grammar, in order, from any start', () => {
  const random = seededInts(17);
  let found = 0;
  for (let i = 0; i < 3000; i++) {
    let text = '';
    for (let n = 2 + random(12); n > 0; n--) text += PIECES[random(PIECES.length)]! + GAPS[random(GAPS.length)]!;
    const from = random(3) === 0 ? random(text.length) : 0;
    const show = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => `${m.index}:${m[0]}`);
    const expected = show(matchesFrom(numberGrammar(), text, from));
    found += expected.length;
    assert.deepEqual(show(numberMatches(text, from)), expected, JSON.stringify(text));
  }
  assert.ok(found > 3000, `the texts should hold numbers (${found})`);
});
