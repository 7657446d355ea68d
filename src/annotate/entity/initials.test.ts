// initialsOf reads a name's words by code: it agrees with splitting the name at white space on generated names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityWords, initialsOf, type EntityWords } from './words.js';
import { seededInts } from '../../../test/helpers/random.js';

/** The initials as a split of the name and a filter of its capitalised words give them. */
function split(name: string, w: EntityWords): string[] {
  const words = name.split(/\s+/).filter((x) => /^[A-Z]/.test(x));
  const all = words.map((x) => x[0]).join('');
  const lead = words[0] ?? '';
  const placeLed = w.places.has(lead.toLowerCase()) || lead in w.aliases;
  return placeLed && words.length > 2 ? [all, all.slice(1)] : [all];
}

const PIECES = ['U.S.', 'US', 'Kenya', 'Immigration', 'and', 'Customs', 'Enforcement', 'of', 'Élan', 'élan', 'X', '1', 'ICE', '(', ' ', ' ', '  ', '\t', '\n', '\u00a0', '\u2009'];

test('initialsOf agrees with the split of the name', () => {
  const w = entityWords();
  const random = seededInts(37);
  let placeLed = 0;
  for (let i = 0; i < 20_000; i++) {
    const name = Array.from({ length: random(9) }, () => PIECES[random(PIECES.length)]!).join(random(3) ? ' ' : '');
    const want = split(name, w);
    if (want.length > 1) placeLed++;
    assert.deepEqual(initialsOf(name, w), want, JSON.stringify(name));
  }
  assert.ok(placeLed > 300, `the names should open with places (${placeLed})`);
});
