import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../../model/doc.js';
import { makeContext } from '../../core/context.js';
import { fromLexicons } from '../../lexicon/index.js';
import { capitalisedChunkRecognizer } from './recognizers/capitalised-chunk-recognizer.js';
import { seededFractions } from '../../../test/helpers/random.js';

const ctx = makeContext({});
const known = () => fromLexicons<Map<string, unknown>>('entity-chunk-readings', () => new Map());
const recognize = (text: string) => capitalisedChunkRecognizer.recognize({ doc: { report: { bodyStart: 0 } } as Doc, text, ctx });

// Pieces whose reading hangs on where they stand (role words before them) or on the report (an owner
// used alone elsewhere), beside chunks that repeat across reports.
const PIECES = [
  'Mayor Ilse Marrow', 'Marrow', "Marrow's office", "Estmark's Northern Holding Facility", 'Estmark', "Thursday's Air Ravel crash",
  'rescue chief', 'Governor', 'US Secretary of State Anna Brandt', 'The', 'He', 'U.S.', 'Canadian', 'Interior Ministry', 'X',
  'on', 'said', 'in', 'the Department of Health', 'Liberal Democrats', 'An Air India Boeing 787', "Children's Hospital", '.', ',',
];

test('kept readings: the same mentions as reading every report afresh', () => {
  const next = seededFractions(29);
  const texts: string[] = [];
  for (let n = 0; n < 3_000; n++) {
    const words: string[] = [];
    const length = 1 + Math.floor(next() * 10);
    for (let i = 0; i < length; i++) words.push(PIECES[Math.floor(next() * PIECES.length)]!);
    texts.push(words.join(' '));
  }
  const fresh = texts.map((text) => {
    known().clear();
    return recognize(text);
  });
  known().clear();
  texts.forEach((text, i) => assert.deepEqual(recognize(text), fresh[i], text));
  // What the report decides is never kept.
  assert.ok(known().size > 0);
  for (const chunk of known().keys()) assert.doesNotMatch(chunk, /['’]s\s/);
});
