import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from '../../../test/helpers/doc.js';
import { need } from '../../model/doc.js';
import { makeContext } from '../../core/context.js';
import { timeConfiguration } from './configuration.js';
import type { TimeInput } from './time-extractor.js';
import { seededInts } from '../../../test/helpers/random.js';

// Published 1989-11-02: sentences for the recognizers with a trigger (season, spoken year, year period), and near misses.
// The others are read from a key word (keyed-pattern.ts), whose test covers them.
const texts = [
  'Last fall the plant closed; in fiscal 1989 it reopened, and this summer it grew.',
  'It opened in January nineteen ninety-seven and closed in two thousand and one.',
  'Nothing here names a season, a quarter of the votes, a decade or a spoken year.',
  'The year ended badly, and the following year the company paid 24 hours a day.',
  'Sales rose in the current fiscal year and will rise again by year-end.',
];

const inputOf = (text: string): TimeInput => {
  const doc = docOf(text, '1989-11-02');
  const clean = need(doc, 'clean').text;
  const from = doc.report.bodyStart;
  return { doc, text: clean, ctx: makeContext({}), from, body: clean.slice(from), ref: new Date('1989-11-02T12:00:00Z') };
};

test('a recognizer reads no time from a body without its trigger', () => {
  let read = 0;
  for (const r of timeConfiguration.recognizers) {
    if (!r.trigger) continue;
    for (const text of texts) {
      const input = inputOf(text);
      const found = r.recognize(input, []);
      read += found.length;
      assert.ok(found.length === 0 || r.trigger.test(input.body), `${r.name} read ${JSON.stringify(found.map((t) => t.text))} without its trigger`);
    }
  }
  assert.ok(read >= 7, `the sentences should give each triggered recognizer a time (got ${read})`);
});

// Words of the triggered recognizers' patterns and of their near misses, in any case, joined at random.
const PIECES = ['a', 'an', 'per', 'the', 'same', 'last', 'this', 'next', 'past', 'coming', 'year', 'years', 'month', 'day', 'week',
  'hour', 'minute', 'quarter', 'period', 'ago', 'earlier', 'ended', 'end', 'of', 'twice', 'times', 'three', '24', '5', 'percent',
  '$2 million', 'year-ago', 'year-end', 'following', 'latest', 'fiscal', 'spring', 'daily', 'each', 'teen', '1990s', 'nineteen',
  'for', 'in', 'within', 'decades', 'centuries', 'centuries-old', 'weeks', 'days', 'months', 'decade'];

test('a recognizer reads no time from a generated body without its trigger', () => {
  const random = seededInts(17);
  const cased = (w: string) => [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)][random(3)]!;
  for (let i = 0; i < 2000; i++) {
    const words = Array.from({ length: 3 + random(8) }, () => cased(PIECES[random(PIECES.length)]!));
    const input = inputOf(`${words.join([' ', ' ', '-', ', '][random(4)]!)}.`);
    for (const r of timeConfiguration.recognizers) {
      if (!r.trigger || r.trigger.test(input.body)) continue;
      assert.deepEqual(r.recognize(input, []), [], `${r.name} read ${JSON.stringify(input.body)} without its trigger`);
    }
  }
});
