import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from '../../../test/helpers/doc.js';
import { need } from '../../model/doc.js';
import { makeContext } from '../../core/context.js';
import { timeConfiguration } from './configuration.js';
import type { TimeInput } from './time-extractor.js';

// Published 1989-11-02: one sentence for each recognizer with a trigger, and one of its near misses.
const texts = [
  'Profit rose in the third quarter, and sales fell in the latest quarter from the year-ago quarter.',
  'Last fall the plant closed; in fiscal 1989 it reopened, and this summer it grew.',
  'Prices doubled in the 1990s and again in the late seventies, after the \'80s.',
  'Trains leave daily, and the council meets every Tuesday and each month.',
  'It opened in January nineteen ninety-seven and closed in two thousand and one.',
  'Sales rose in March of this year and fell in December last year.',
  'Nothing here names a season, a quarter of the votes, a decade or a spoken year.',
  'Sales grew 5 percent a year, flights ran twice a day, and the fee was $40 per month.',
  'Profit fell from a year earlier and from the same period last year; next month it may rise.',
  'The year ended badly, and the following year the company paid 24 hours a day.',
  'The dispute ran for decades; the centuries-old bridge may close within weeks.',
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
  assert.ok(read >= 6, `the sentences should give each triggered recognizer a time (got ${read})`);
});

// Words of the triggered recognizers' patterns and of their near misses, in any case, joined at random.
const PIECES = ['a', 'an', 'per', 'the', 'same', 'last', 'this', 'next', 'past', 'coming', 'year', 'years', 'month', 'day', 'week',
  'hour', 'minute', 'quarter', 'period', 'ago', 'earlier', 'ended', 'end', 'of', 'twice', 'times', 'three', '24', '5', 'percent',
  '$2 million', 'year-ago', 'year-end', 'following', 'latest', 'fiscal', 'spring', 'daily', 'each', 'teen', '1990s', 'nineteen',
  'for', 'in', 'within', 'decades', 'centuries', 'centuries-old', 'weeks', 'days', 'months', 'decade'];

test('a recognizer reads no time from a generated body without its trigger', () => {
  let seed = 17;
  const random = (n: number) => {
    seed = (seed * 48271) % 2147483647;
    return seed % n;
  };
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
