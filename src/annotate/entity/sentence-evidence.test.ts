import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../../model/doc.js';
import type { Token, TokenShape } from '../../model/segments.js';
import { sentenceEvidence } from './words.js';
import { segment } from '../../segment/index.js';
import { seededFractions } from '../../../test/helpers/random.js';

/** The openers and lower-case words as one pass over every token gathers them. */
function gathered(tokens: readonly Token[], text: string): { openers: Set<number>; lowerWords: Set<string> } {
  const openers = new Set<number>();
  const lowerWords = new Set<string>();
  let sentence = -1;
  for (const t of tokens) {
    if (t.shape !== 'word') continue;
    if (/^\p{Ll}/u.test(text[t.start]!)) lowerWords.add(t.norm);
    if (t.sentence !== sentence) openers.add(t.start);
    sentence = t.sentence;
  }
  return { openers, lowerWords };
}

// Sentences of words, figures and marks in any mix (some open with a mark, some hold no word at all):
// the answers per name are the one pass's.
// Words are compared by code while ASCII: some run on past ASCII ("naÏve") or are a prefix of another.
const PIECES: [string, TokenShape][] = [['Bush', 'word'], ['bush', 'word'], ['bushes', 'word'], ['Other', 'word'], ['other', 'word'], ['élan', 'word'], ['Élan', 'word'], ['naïve', 'word'], ['naÏve', 'word'], ['Naïve', 'word'], ['“', 'punct'], ['.', 'punct'], ['42', 'number'], ['$', 'symbol']];

test('generated tokens: where sentences open and the words written in lower case', () => {
  const next = seededFractions(17);
  for (let n = 0; n < 5_000; n++) {
    let text = '';
    const tokens: Token[] = [];
    let sentence = 0;
    for (let i = Math.floor(next() * 16); i > 0; i--) {
      if (next() < 0.25) sentence += 1 + Math.floor(next() * 2);
      const [piece, shape] = PIECES[Math.floor(next() * PIECES.length)]!;
      tokens.push({ start: text.length, end: text.length + piece.length, norm: piece.toLowerCase(), shape, sentence });
      text += piece + ' ';
    }
    const doc = { report: {}, segments: { paragraphs: [], sentences: [], tokens } } as unknown as Doc;
    const evidence = sentenceEvidence(doc, text);
    const { openers, lowerWords } = gathered(tokens, text);
    for (let at = -1; at <= text.length; at++) assert.equal(evidence.opens(at), openers.has(at), JSON.stringify([text, at]));
    for (const [piece] of PIECES) assert.equal(evidence.writesLower(piece.toLowerCase()), lowerWords.has(piece.toLowerCase()), JSON.stringify([text, piece]));
  }
});

// The same answers from the token table segment() keeps as from the tokens read out of it.
test('generated text: segment()\'s table gives the answers of its tokens', () => {
  const next = seededFractions(29);
  for (let n = 0; n < 2_000; n++) {
    let text = '';
    for (let i = Math.floor(next() * 16); i > 0; i--) text += PIECES[Math.floor(next() * PIECES.length)]![0] + (next() < 0.2 ? '. ' : ' ');
    const segments = segment(text, 0);
    const evidence = sentenceEvidence({ report: {}, segments } as unknown as Doc, text);
    const { openers, lowerWords } = gathered(segments.tokens, text);
    for (let at = -1; at <= text.length; at++) assert.equal(evidence.opens(at), openers.has(at), JSON.stringify([text, at]));
    for (const [piece] of PIECES) assert.equal(evidence.writesLower(piece.toLowerCase()), lowerWords.has(piece.toLowerCase()), JSON.stringify([text, piece]));
  }
});
