import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceEnds } from './sentences.js';
import { seededFractions } from '../../test/helpers/random.js';

const ICU = new Intl.Segmenter('en', { granularity: 'sentence' });
const icuEnds = (text: string) => [...ICU.segment(text)].map((s) => s.index + s.segment.length);

const cases: string[] = [
  'They flew out of the U.S. The judge was told later.',
  'U.S. officials said 3.5 million. "Really?" he asked. (Yes.) No!',
  'It rose 4.2% in Jan. to €3 bn… “Why?” — she said.',
  'Gen. Hale and Dr. Sorel met; e.g. at 5 p.m. Then left.',
  'Beograd je grad. Ćuprija i Čačak.\u00a0Next one.',
  'Mixed script: 東京. Next.', // a character without a class here: Intl.Segmenter reads the line
];
for (const text of cases) {
  test(`the ends Intl.Segmenter gives: ${text}`, () => assert.deepEqual(sentenceEnds(text, 0, text.length), icuEnds(text)));
}

test('offsets are absolute when the line starts inside the text', () => {
  const text = 'Head.\nOne here. Two there.';
  assert.deepEqual(sentenceEnds(text, 6, text.length), [16, 26]);
});

// The rules were read from UAX #29; this compares them with ICU on every mix of the classes
// they handle, short strings from an alphabet with one or two characters of each class.
const ALPHABET = ['a', 'z', 'é', 'A', 'É', '.', '?', '!', ' ', '\t', '\u00a0', '"', "'", '(', ')', '’', '”', ',', '-', ';', ':', '–', '1', '0', '$', '/', '…', '€'];

test('generated text: the same ends as Intl.Segmenter', () => {
  const next = seededFractions(17);
  for (let n = 0; n < 20_000; n++) {
    let text = '';
    const length = 1 + Math.floor(next() * 16);
    for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
    assert.deepEqual(sentenceEnds(text, 0, text.length), icuEnds(text), JSON.stringify(text));
  }
});

test('a line longer than the class buffer, then a short one: the ends Intl.Segmenter gives', () => {
  const long = 'It rose 4.2% in Jan. to €3 bn. He left. '.repeat(300);
  assert.deepEqual(sentenceEnds(long, 0, long.length), icuEnds(long));
  const short = 'One. Two.';
  assert.deepEqual(sentenceEnds(short, 0, short.length), icuEnds(short));
});
