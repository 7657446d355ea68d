// The abbreviation tests answer most names by their second character: they agree with the patterns on generated names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACRONYM, isAcronym, isCapitals } from './words.js';
import { seededInts } from '../../../test/helpers/random.js';

const LETTERS = ['A', 'B', 'Z', 'a', 'z', '.', ' ', '-', 'É', '1', '@', '[', '`'];

test('isAcronym and isCapitals agree with their patterns', () => {
  const random = seededInts(23);
  let acronyms = 0;
  for (let i = 0; i < 20_000; i++) {
    const name = Array.from({ length: random(7) }, () => LETTERS[random(4) ? random(3) + (random(2) ? 0 : 5) : random(LETTERS.length)]!).join('');
    if (ACRONYM.test(name)) acronyms++;
    assert.equal(isAcronym(name), ACRONYM.test(name), JSON.stringify(name));
    assert.equal(isCapitals(name), /^[A-Z]{2,}$/.test(name), JSON.stringify(name));
  }
  assert.ok(acronyms > 500, `the names should hold abbreviations (${acronyms})`);
});
