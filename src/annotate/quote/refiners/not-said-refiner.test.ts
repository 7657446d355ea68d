// The words before a quote are read backwards by code: the last three are those of the pattern run over
// the lower-cased text, whatever stands around them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lastWords } from './not-said-refiner.js';
import { seededInts } from '../../../../test/helpers/random.js';

const PIECES = ['memoir', 'Book', 'so-called', 'A', '-', ' ', ' ', ',', '.', '7', '“', '”', '—', '\u00a0', '\u2009', 'é', 'İ', 'ª', 'µ', 'Σ', 'naïve', '😀', 'x'];

test('lastWords agrees with the pattern over the lower-cased text', () => {
  const random = seededInts(47);
  for (let i = 0; i < 20_000; i++) {
    const text = Array.from({ length: random(10) }, () => PIECES[random(PIECES.length)]!).join('');
    const from = random(text.length + 1);
    const to = from + random(text.length - from + 1);
    const want = (text.slice(from, to).toLowerCase().match(/[\p{L}-]+/gu) ?? []).slice(-3);
    assert.deepEqual(lastWords(text, from, to), want, JSON.stringify([text, from, to]));
  }
});
