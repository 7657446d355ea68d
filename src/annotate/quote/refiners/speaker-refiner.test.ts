// A lone capitalised speaker word names nobody when the report writes it in lower case as a word of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { descriptionMatches, writtenInLowerCase } from './speaker-refiner.js';
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

const DESCRIBED = ['the', 'The', 'THE', 'a', 'an', 'An', ' ', '  ', '\n', ',', 'influential daily', 'Influential Daily', 'INFLUENTIAL daily', 'uninfluential',
  'daily', 'dailyx', 'Harlow Gazette', 'ſ', 'é', 'n', 'official', 'the official', '\u212a', '“', '”', '—', '\u00a0', '\u2009', 'µ', 'İ', 'dailyſ', '\u212aelvin', 'kelvin'];
const DESCRIPTIONS = ['influential daily', 'daily', 'n daily', 'official', 'é daily', 'he official', 'dailys', 'kelvin'];

/** The places describedHolder's pattern finds `description` before `at`, by trying the text's every place. */
function everyPlace(text: string, description: string, at: number): [number, number][] {
  const before = text.slice(0, at);
  if (/^[ -~]*$/.test(description) && !before.includes('ſ') && !before.toLowerCase().includes(description.toLowerCase())) return [];
  const escaped = description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...before.matchAll(new RegExp(`(?<![\\p{L}])(?:(?:the|a|an)\\s+)?${escaped}(?![\\p{L}])`, 'giu'))].map((m) => [m.index, m[0].length]);
}

test('descriptionMatches finds what a search of every place finds', () => {
  const random = seededInts(29);
  let found = 0;
  for (let i = 0; i < 4000; i++) {
    // Most texts without a letter beyond ASCII, so that the search of the lower-cased text is the one tested.
    const pieces = random(2) ? DESCRIBED.filter((p) => !/[^\0-\x7f“”—\u00a0\u2009]/.test(p)) : DESCRIBED;
    const text = Array.from({ length: 1 + random(12) }, () => pieces[random(pieces.length)]!).join(random(3) ? ' ' : '');
    const description = DESCRIPTIONS[random(DESCRIPTIONS.length)]!;
    const at = random(text.length + 1);
    const want = everyPlace(text, description, at);
    found += want.length;
    assert.deepEqual(descriptionMatches(text, description, at), want, JSON.stringify([text, description, at]));
  }
  assert.ok(found > 300, `the texts should hold the descriptions (${found})`);
});
