// The Spanish and Portuguese lexicons keep the shapes their readers expect.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lexicon } from './index.js';

const BOUNDS = new Set(['more-than', 'at-least', 'up-to', 'less-than', 'nearly', 'approx']);

for (const lang of ['es', 'pt']) {
  test(`${lang}/heads.json maps lower-case words to lower-case English words`, () => {
    const heads = lexicon<Record<string, string>>(`${lang}/heads`);
    assert.ok(Object.keys(heads).length >= 250, 'a few hundred entries');
    for (const [word, english] of Object.entries(heads)) {
      assert.equal(word, word.toLowerCase(), `key ${word}`);
      assert.match(english, /^[a-z][a-z -]*$/, `${word} → ${english}`);
    }
  });

  test(`${lang}/numbers.json bounds are of the known kinds and words have values`, () => {
    const numbers = lexicon<{ bounds: Record<string, string>; words: Record<string, number>; scales: Record<string, number> }>(`${lang}/numbers`);
    for (const [phrase, kind] of Object.entries(numbers.bounds)) assert.ok(BOUNDS.has(kind), `${phrase}: ${kind}`);
    for (const [word, n] of [...Object.entries(numbers.words), ...Object.entries(numbers.scales)]) assert.ok(Number.isFinite(n) && n > 0, word);
  });
}
