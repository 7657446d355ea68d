import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lexicon } from '../../lexicon/index.js';
import { entityWords, isDemonym } from './words.js';

const SUFFIXES = ['ians', 'ian', 'eans', 'ean', 'ans', 'an', 'ns', 'n', 'ese', 'ish', 'is', 'i'];

/** A demonym as read suffix by suffix against the stems of the gazetteer's places. */
function readBySuffix(word: string, places: readonly string[]): boolean {
  const stems = new Set(places.map((p) => p.split(' ').pop()!.toLowerCase().replace(/[aeiouy]$/, '')).filter((p) => p.length >= 3));
  const lower = word.toLowerCase();
  if (places.some((p) => p.toLowerCase() === lower)) return false;
  return SUFFIXES.some((s) => lower.endsWith(s) && stems.has(lower.slice(0, -s.length)));
}

// The set of stems with suffixes and the early answer by the last letter give what reading each suffix gave:
// on the places themselves, their stems with every suffix and near misses, in any case.
test('demonyms: the same answer as reading each suffix', () => {
  const w = entityWords();
  const places = lexicon<{ places: string[] }>('entities').places;
  const words = places.flatMap((p) => {
    const last = p.split(' ').pop()!;
    const stem = last.replace(/[aeiouy]$/, '');
    return [last, ...SUFFIXES.map((s) => stem + s), `${stem}ians.`, `${stem}ianx`, stem.slice(0, -1) + 'an', `${stem}İan`, `${stem}ΑΝ`];
  });
  for (const word of words) {
    for (const form of [word, word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1)]) {
      assert.equal(isDemonym(form, w), readBySuffix(form, places), form);
    }
  }
  for (const word of ['', 's', 'S', 'Chinese', 'Venezuelan', 'Bush', 'Cuba', 'I', 'AN']) assert.equal(isDemonym(word, w), readBySuffix(word, places), word);
});
