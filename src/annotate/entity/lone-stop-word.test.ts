import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lexicon } from '../../lexicon/index.js';
import { chunkReadings, isLoneStopWord } from './recognizers/capitalised-chunk-recognizer.js';
import { entityWords } from './words.js';

// The recognizer skips a chunk isLoneStopWord accepts: every such chunk, as the lists and the
// text may write it, must be one the full reading finds no name in.
test('a lone stop word or title is no name when read in full', () => {
  const w = entityWords();
  const words = [...lexicon<string[]>('entity-stopwords'), ...lexicon<string[]>('titles'), 'Of', 'AND', "He's", 'The Hague', 'Mr'];
  let skipped = 0;
  for (const word of words) {
    for (const chunk of [word, word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1), `${word}'s`, `${word}’s`]) {
      if (!isLoneStopWord(chunk, chunk.toLowerCase(), w)) continue;
      skipped++;
      for (const alone of [true, false]) assert.deepEqual(chunkReadings(chunk, chunk.toLowerCase(), () => alone, w), [], chunk);
    }
  }
  assert.ok(skipped > 300);
});
