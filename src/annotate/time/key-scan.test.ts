import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeyScanner, keyStarts } from './key-scan.js';
import { PERIOD, positionsOf, TIME_UNIT } from './keyed-pattern.js';
import { MONTH_START } from './dates/words.js';
import { seededInts } from '../../../test/helpers/random.js';

/** Every position where `key` matches, a global scan going on one past each match: what the scanner must give. */
function positions(key: RegExp, text: string): number[] {
  const re = new RegExp(key.source, key.flags + 'g');
  const at: number[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    at.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return at;
}

test('the starts of a key are read from its source only when it plainly says them', () => {
  assert.deepEqual(keyStarts(TIME_UNIT), ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'centur']);
  assert.deepEqual(keyStarts(/days?|weekend|week|Weekend/), ['day', 'week']);
  assert.deepEqual(keyStarts(/today|last\s+night/i), ['today', 'last']);
  assert.deepEqual(keyStarts(/(?:ab|cd)\s/), ['ab', 'cd']);
  assert.deepEqual(keyStarts(/the near future|recently/i), ['the near', 'recently']);
  assert.deepEqual(keyStarts(/\b(?:a|an|per|eff?) (?:day|week)\b/i), ['a ', 'an ', 'per ', 'ef']);
  assert.deepEqual(keyStarts(/(?:ab|cd)xy?z|(?:ef|gh)/), null);
  for (const unread of [/(?:ab|cd)?ef/, /(?:a|bc)d*/, /(?:a|bc)[de]/, /(?:1[5-9]|20)\d{2}/, /day|[Ww]eekend/, /a|bc/, /ab|(?:cd|ef)/, /(?:ab|cd)|ef/, /ab\|cd/, /^ab/, /year/iu, /x?yz|ab/]) assert.equal(keyStarts(unread), null, String(unread));
});

/** The keys of the time recognizers and a few of other forms, with words near them. */
const KEYS: readonly RegExp[] = [TIME_UNIT, PERIOD, MONTH_START, /now|currently|present/i, /0s|ties/i, /ning|noon|night|midday|the day/i, /ly|each |every /i,
  /day|weekend|Weekend/, /today|tonight|tomorrow|yesterday|last\s+night/i, /teen |two thousand/i, /hat /, /years?|yea\b/i, /(?:minutes?|min)\b/, /ab|abcd|bc/i, /abcd|bc/i, /\b(?:a|an|per) (?:day|week)\b/i, /(?:ab|cd)x?y/];
const PIECES = ['day', 'days', 'today', 'Monday', 'week', 'weekend', 'Weekend', 'WEEKEND', 'year', 'years', 'yea', 'quarter', 'period', 'periodic', 'Jan', 'January', 'jan',
  'May', 'may', 'now', 'known', 'currently', 'present', '1990s', "'80s", 'sixties', 'parties', 'morning', 'noon', 'night', 'the day', 'midday', 'daily', 'each', 'every',
  'last', 'night', 'last  night', 'fifteen', 'two thousand', 'that', 'hat', 'What', 'minute', 'min', 'abcd', 'bcd', 'a', 'an', 'per', 'cdy', 'cdxy', 'abx', 'é', '’', 'centuries', 'decade', 'hour', 'second'];
const SEPARATORS = [' ', ' ', '', '-', ', ', '\n', '.', "'", 'ſ', 'K'];

test('the scanner finds each key where its regex does, on generated texts', () => {
  const random = seededInts(41);
  const scanner = new KeyScanner(KEYS.map((key) => ({ key, starts: keyStarts(key) })));
  const cased = (w: string) => [w, w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)][random(4)]!;
  let found = 0;
  for (let i = 0; i < 20000; i++) {
    const text = Array.from({ length: 1 + random(12) }, () => cased(PIECES[random(PIECES.length)]!) + SEPARATORS[random(SEPARATORS.length)]!).join('');
    const at: (number[] | undefined)[] = [];
    scanner.scan(text, at);
    KEYS.forEach((key, k) => {
      const want = positions(key, text);
      found += want.length;
      assert.deepEqual(at[k], want, `${key} on ${JSON.stringify(text)}`);
    });
  }
  assert.ok(found > 100000, `the generated texts should hold the keys (got ${found})`);
});

test('the keys of a report\'s text, read after those of its body, are where their regexes find them', () => {
  const random = seededInts(43);
  const piece = () => PIECES[random(PIECES.length)]! + SEPARATORS[random(SEPARATORS.length)]!;
  for (let i = 0; i < 5000; i++) {
    const body = Array.from({ length: 1 + random(8) }, piece).join('');
    const text = Array.from({ length: random(4) }, piece).join('') + PIECES[random(PIECES.length)]!.slice(random(3)) + body;
    for (const key of KEYS) assert.deepEqual(positionsOf(body, key), positions(key, body), `${key} on ${JSON.stringify(body)}`);
    for (const key of KEYS) assert.deepEqual(positionsOf(text, key), positions(key, text), `${key} on ${JSON.stringify(text)} after ${JSON.stringify(body)}`);
  }
});
