// Fractions and number words: "a third of voters", "half a million people", "one solution", "dozens of".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, spans } from '../../../../test/helpers/doc.js';
import { matchesFrom } from '../../common/extractor.js';
import { FRACTION, fractionMatches } from './fraction-recognizer.js';
import { seededInts } from '../../../../test/helpers/random.js';

const rows: [string, string, { value: number | null; min?: number | null; unit?: string | null; counted: string | null; via?: string }][] = [
  ['A third of voters stayed at home.', 'A third of voters', { value: 1 / 3, counted: 'voters', via: 'recognizer/fraction' }],
  ['Two-thirds of the homes lost power.', 'Two-thirds of the homes', { value: 2 / 3, counted: 'the homes', via: 'recognizer/fraction' }],
  ['Half of the staff went home.', 'Half of the staff', { value: 0.5, counted: 'the staff', via: 'recognizer/fraction' }],
  ['A quarter of the region\'s homes lose heat.', 'A quarter of the region\'s homes', { value: 0.25, counted: 'the region\'s homes' }],
  ['Half a million people marched.', 'Half a million people', { value: 500000, counted: 'people', via: 'recognizer/fraction' }],
  ['Half a million tonnes of grain were lost.', 'Half a million tonnes', { value: 500000, unit: 't', counted: null }],
  ['Half a billion dollars was wiped off.', 'Half a billion dollars', { value: 5e8, unit: 'USD', counted: null }],
  ['Half a dozen boats sank.', 'Half a dozen boats', { value: 6, counted: 'boats' }],
  ['There is only one solution left.', 'one solution', { value: 1, counted: 'solution', via: 'recognizer/number' }],
  ['Rescuers found one survivor.', 'one survivor', { value: 1, counted: 'survivor' }],
  ['Twenty-five volunteers came.', 'Twenty-five volunteers', { value: 25, counted: 'volunteers' }],
  ['Two hundred residents signed.', 'Two hundred residents', { value: 200, counted: 'residents' }],
  ['A dozen boats were moored.', 'dozen boats', { value: 12, counted: 'boats' }],
  ['Dozens of roads were closed.', 'Dozens of roads', { value: null, min: 24, counted: 'roads' }],
];

for (const [text, span, want] of rows) {
  test(`fraction or number word: ${span}`, () => {
    const doc = docOf(text);
    const found = spans(doc, doc.quantity);
    const got = found.find((q) => q.text === span);
    assert.ok(got, `found ${JSON.stringify(span)} in ${JSON.stringify(found.map((q) => q.text))}`);
    assert.equal(got.value, want.value);
    if (want.min !== undefined) assert.equal(got.min, want.min);
    assert.equal(got.unit, want.unit ?? null);
    assert.equal(got.counted, want.counted);
    if (want.via) assert.equal(got.via[0], want.via);
    // One amount per phrase: "dozen" in "half a dozen", "300" before "homes" are not read again inside it.
    assert.equal(found.filter((q) => q.start < got.end && got.start < q.end).length, 1);
  });
}

const negative: [string, string][] = [
  ['an ordinal third', 'It was the third time the river rose.'],
  ['a quarter of an hour is time', 'The crews waited for the first quarter.'],
  ['"one" as a pronoun or idiom', 'No one came, and one day the one person who knew left.'],
  ['"one" before a possessive', 'It took one vendor\'s update to stop the airports.'],
];
for (const [name, text] of negative) {
  test(`not a fraction or count: ${name}`, () => {
    const doc = docOf(text);
    assert.deepEqual(spans(doc, doc.quantity).map((q) => q.text), []);
  });
}

// FRACTION runs only near a denominator word: it must find what its scan of every position finds.
const PIECES = ['a', 'an', 'one', 'two', 'three', 'seven', 'eight', 'nine', 'half', 'Halves', 'third', 'THIRDS', 'quarter', 'fifths',
  'tenth', 'halve', 'behalf', 'of', 'the', 'million', 'dozen', 'billion', '-', ' ', ' ', '  ', '\n', 'é', 'ſeven', 'halveſ', 'QUARTERſ', 'of the', 'a million',
  'of an', 'of a billion', 'three-quarters', 'seven-eighths', 'eight-tenths'];

test('fractionMatches finds every match of FRACTION, in order', () => {
  const random = seededInts(17);
  let found = 0;
  for (let i = 0; i < 3000; i++) {
    const text = Array.from({ length: 2 + random(10) }, () => PIECES[random(PIECES.length)]!).join([' ', ' ', '', '-'][random(4)]!);
    const from = random(3) === 0 ? random(text.length) : 0;
    const show = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => `${m.index}:${m[0]}`);
    const expected = show(matchesFrom(FRACTION, text, from));
    found += expected.length;
    assert.deepEqual(show(fractionMatches(text, from)), expected, JSON.stringify(text));
  }
  assert.ok(found > 150, `the texts should hold fractions (${found})`);
});
