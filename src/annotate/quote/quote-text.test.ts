// The cue refiner runs the `before` pattern only on text holding a cue word: no text it skips may match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cuePatterns } from './quote-text.js';

// Names, speaker words, cue verbs and attributions, their near misses (capitalised, inside other words), punctuation.
const PIECES = ['Jane', 'Halvor', 'Ms.', 'J.', '@rescue', 'the', 'a', 'senior', 'official', 'he', 'She', 'They', 'also', 'said', 'Said',
  'says', 'told', 'added', 'wrote', 'according to', 'According to', 'accordingly', 'resaid', 'sayso', 'union', 'leader', 'chief',
  'on', 'Monday', 'that', ',', ':', '.', ', 45,', '\n', '-'];

test('a text without a cue word never matches the before pattern', () => {
  const { before, cueWord } = cuePatterns();
  let seed = 17;
  const random = (n: number) => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
  let matched = 0;
  for (let i = 0; i < 3000; i++) {
    const head = Array.from({ length: 2 + random(8) }, () => PIECES[random(PIECES.length)]!).join([' ', ' ', '', '  '][random(4)]!);
    const m = before.exec(head);
    if (m) matched++;
    assert.ok(!m || cueWord.test(head), `before matched ${JSON.stringify(head)} without a cue word`);
  }
  assert.ok(matched > 100, `the texts should hold cues (${matched})`);
});
