import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from './index.js';
import { seededFractions } from '../../test/helpers/random.js';

const sentences = (text: string) => segment(text, 0).sentences.map((s) => text.slice(s.start, s.end));

const keep: string[] = [
  'A U.S. District Judge ruled on it.',
  'Dr. Sorel and Gen. Hale met on Jan. 5 in the capital.',
  'The U.S. Department of Defense agreed.',
];
for (const s of keep) test(`one sentence: ${s}`, () => assert.deepEqual(sentences(s), [s]));

test('"the U.S. The judge" ends a sentence', () => {
  assert.deepEqual(sentences('They flew out of the U.S. The judge was told later.'), ['They flew out of the U.S.', 'The judge was told later.']);
});

test('a newline always ends a sentence; paragraphs are lines', () => {
  const text = 'Headline without a stop\nBody sentence one. Body two.';
  assert.deepEqual(sentences(text), ['Headline without a stop', 'Body sentence one.', 'Body two.']);
  assert.equal(segment(text, 0).paragraphs.length, 2);
});

test('tokens keep names with digits and abbreviations whole, with offsets', () => {
  const text = 'MS-13 and the U.S. counted 40,000 at 19:25 @crew';
  const toks = segment(text, 0).tokens.map((t) => [text.slice(t.start, t.end), t.shape]);
  assert.deepEqual(toks, [['MS-13', 'word'], ['and', 'word'], ['the', 'word'], ['U.S.', 'word'], ['counted', 'word'], ['40,000', 'number'], ['at', 'word'], ['19:25', 'number'], ['@crew', 'handle']]);
});

// Paragraphs are read without a regex; this compares them with the regex definition (each run of
// non-newline characters, trimmed; blank ones dropped) on mixes of spaces, breaks and words.
test('generated text: paragraphs are the trimmed non-blank lines', () => {
  const PIECES = ['a', 'B.', ' ', '\t', '\r', '\n', '\n\n', '\u00a0', '\u2003', '\u0085', 'é'];
  const next = seededFractions(17);
  for (let n = 0; n < 5_000; n++) {
    let text = '';
    const length = 1 + Math.floor(next() * 12);
    for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
    const from = Math.floor(next() * text.length);
    const expected = [...text.slice(from).matchAll(/[^\n]+/g)]
      .map((m) => ({ start: from + m.index + m[0].length - m[0].trimStart().length, end: from + m.index + m[0].trimEnd().length }))
      .filter((p) => p.end > p.start)
      .map((p, index) => ({ ...p, index }));
    assert.deepEqual(segment(text, from).paragraphs, expected, JSON.stringify([text, from]));
  }
});
