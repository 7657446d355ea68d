import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CAPITALISED_WORD, usedAloneIn } from './recognizers/capitalised-chunk-recognizer.js';
import { seededFractions } from '../../../test/helpers/random.js';

/** The capitalised words a text writes without a possessive after them, by a scan of the whole text. */
function wordsUsedAlone(text: string): Set<string> {
  const re = new RegExp(CAPITALISED_WORD.source, CAPITALISED_WORD.flags);
  return new Set([...text.matchAll(re)].map((m) => m[0]).filter((x) => !/['’]s$/.test(x)));
}

test('a name used alone, and one written only as an owner', () => {
  assert.equal(usedAloneIn("Estmark's Northern Holding Facility. Crews from Estmark left.", 'Estmark'), true);
  assert.equal(usedAloneIn("Marrow's office. MacMarrow said.", 'Marrow'), false);
  assert.equal(usedAloneIn("Thursday's crash", 'Thursday'), false);
});

// The per-name answer re-reads the whole-text scan; this compares the two on every mix of what the
// scan distinguishes: capitals and lower case in and out of ASCII (and beyond the BMP), apostrophes,
// hyphens, "s" after them, spaces and other characters.
const PIECES = ['A', 'B', 'b', 's', "'", '’', '-', ' ', '.', 'É', 'é', '𝐀', '𝐚', '7', 'AB', "A's", 'B’s'];
const NAMES = ['A', 'B', 'AB', 'Ab', 'Bs', 'A-B', "A'b", 'É', 'Éb', '𝐀', '𝐀b', 'b', "A's", ''];

test('generated text: the same answer as the whole-text scan', () => {
  const next = seededFractions(17);
  for (let n = 0; n < 20_000; n++) {
    let text = '';
    const length = 1 + Math.floor(next() * 12);
    for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
    const alone = wordsUsedAlone(text);
    for (const name of NAMES) assert.equal(usedAloneIn(text, name), alone.has(name), JSON.stringify([text, name]));
  }
});
