// A lone capitalised speaker word names nobody when the report writes it in lower case as a word of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writtenInLowerCase } from './speaker-refiner.js';
import { seededInts } from '../../../../test/helpers/random.js';

// Words, words inside longer ones, apostrophes, hyphens and letters beyond ASCII on either side.
const PIECES = ['residents', 'Residents', 'residents’', "o'residents", 'residents-led', 'nonresidents', 'résidents', 'ſ', 'é', '𝑎',
  'police', 'Police', 'police2', '-', "'", '’', ' ', ' ', '.', '\n'];
const WORDS = ['residents', 'police', 'résidents', 'nonresidents', 'police2', 'residents-led', 'dents', ''];

test('writtenInLowerCase agrees with the set of every lower-case word of the text', () => {
  const random = seededInts(17);
  let written = 0;
  for (let i = 0; i < 3000; i++) {
    const text = Array.from({ length: 1 + random(8) }, () => PIECES[random(PIECES.length)]!).join('');
    const lower = new Set(text.match(/(?<![\p{L}’'-])\p{Ll}[\p{L}’'-]*/gu) ?? []);
    for (const word of WORDS) {
      if (lower.has(word)) written++;
      assert.equal(writtenInLowerCase(text, word), lower.has(word), `${JSON.stringify(word)} in ${JSON.stringify(text)}`);
    }
  }
  assert.ok(written > 500, `the texts should write the words (${written})`);
});
