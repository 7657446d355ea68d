// The preposition before a name is read backwards by code: it agrees with the pattern tried on the characters before the name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { afterPlacePreposition } from './place-after-preposition-refiner.js';
import { seededInts } from '../../../../test/helpers/random.js';

const PIECES = ['in', 'near', 'outside', 'within', 'main', 'IN', 'Bin', 'one', 'rear', 'northern', 'southwestern', 'eastern', 'pattern', 'modern', ' ', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', 'x', '-', 'é'];

test('afterPlacePreposition agrees with the pattern on the fourteen characters before', () => {
  const random = seededInts(41);
  let found = 0;
  for (let i = 0; i < 20_000; i++) {
    const text = Array.from({ length: random(8) }, () => PIECES[random(PIECES.length)]!).join('') + 'Castrel';
    // Most often the name itself, else anywhere.
    const start = random(4) ? text.length - 'Castrel'.length : random(text.length + 1);
    const want = /\b(?:in|near|outside|(?:north|south)?(?:north|south|east|west)ern)\s+$/.test(text.slice(Math.max(0, start - 14), start));
    if (want) found++;
    assert.equal(afterPlacePreposition(text, start), want, JSON.stringify([text, start]));
  }
  assert.ok(found > 500, `the texts should hold prepositions (${found})`);
});
