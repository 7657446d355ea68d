import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Segments, Token } from '../model/segments.js';
import { segment } from './index.js';
import { tokensOf } from './tokens.js';
import { tokenTable } from './token-table.js';
import { seededFractions } from '../../test/helpers/random.js';

/** The tokens as objects by their definition: each lower-cased, in the last sentence starting at or before it. */
function defined(text: string, from: number): Token[] {
  const { sentences } = segment(text, from);
  let si = 0;
  return tokensOf(text, from).map((t) => {
    while (si < sentences.length - 1 && sentences[si]!.end <= t.start) si++;
    return { start: t.start, end: t.end, norm: text.slice(t.start, t.end).toLowerCase(), shape: t.shape, sentence: si };
  });
}

// Words in and out of ASCII (capitals, marks, a capital that lower-cases to two units), figures,
// links, marks and sentence ends, over several sentences and lines, from any offset.
const PIECES = ['Bush', 'bush', 'NAÏVE', 'naÏve', 'İstanbul', 'U.S.', '42', '3.5', 'https://x.org/A', '@Crew', '“', '.', '. ', '! ', '\n', ' ', ' ', '$', 'Gen.', 'café-Au'];

test('generated text: the table and the tokens read from it are the tokens as defined', () => {
  const next = seededFractions(17);
  for (let n = 0; n < 3_000; n++) {
    let text = '';
    for (let i = Math.floor(next() * 24); i > 0; i--) text += PIECES[Math.floor(next() * PIECES.length)];
    const from = Math.floor(next() * (text.length + 1));
    const segments = segment(text, from);
    const expected = defined(text, from);
    assert.deepEqual(segments.tokens, expected, JSON.stringify([text, from]));
    // A table from plain token objects (segments made elsewhere) is the table segment() keeps.
    const plain: Segments = { paragraphs: segments.paragraphs, sentences: segments.sentences, tokens: expected };
    assert.deepEqual(tokenTable(plain), tokenTable(segments), JSON.stringify([text, from]));
  }
});

test('tokens left out when a document is compacted: spreading the segments copies no table', () => {
  const segments = segment('One line. Two.', 0);
  const compact: Segments = { ...segments, tokens: [] };
  assert.deepEqual(Object.keys(compact), ['paragraphs', 'sentences', 'tokens']);
  assert.equal(tokenTable(compact).count, 0);
});
