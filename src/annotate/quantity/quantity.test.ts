import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, spans } from '../../../test/helpers/doc.js';

const cases: [string, string, { value: number | null; min: number | null; max: number | null; approx?: boolean; unit?: string | null; counted?: string | null }][] = [
  ['Crews lifted 43 residents from rooftops.', '43 residents', { value: 43, min: null, max: null, counted: 'residents' }],
  // a bare number joined to a counted one by "and" counts the same thing, said once
  ['The forecast gave 380 seats to the Greens and 95 for the Liberals.', '95', { value: 95, min: null, max: null, counted: 'seats' }],
  ['Two boats carried 14 adults and 9 children.', '9 children', { value: 9, min: null, max: null, counted: 'children' }],
  // "more" before a noun is part of what is counted; before "than" it is not
  ['The ministry will send 3,000 more medics to the coast.', '3,000 more medics', { value: 3000, min: null, max: null, counted: 'medics' }],
  // a full stop ends the phrase; a blank line too
  ['Crews moved 40 members of the River Guild. The boats left.', '40 members', { value: 40, min: null, max: null, counted: 'members of the River Guild' }],
  ['Crews moved hundreds of flood victims despite the rain\n\nBoats left at dawn.', 'hundreds of flood victims', { value: null, min: 200, max: null, counted: 'flood victims' }],
  // a figure named before its number counts what the figure counts, even a small number
  ['Police raised the number of people detained after the march to 47.', '47', { value: 47, min: null, max: null, counted: 'people' }],
  ['The service put the number of dead at five on Monday.', 'five', { value: 5, min: null, max: null, counted: 'dead' }],
  ['Officials later raised the total arrested to 9.', '9', { value: 9, min: null, max: null, counted: 'arrested' }],
  ['At least 40 residents were flown out.', 'At least 40 residents', { value: null, min: 40, max: null }],
  ['They sent over 250 migrant workers to the border.', 'over 250 migrant workers', { value: null, min: 250, max: null }],
  ['More than 30 volunteers joined.', 'More than 30 volunteers', { value: null, min: 30, max: null }],
  ['The camp has room for up to 40,000 people.', 'up to 40,000 people', { value: null, min: null, max: 40000 }],
  // "the" before a bare number points back to the count before it
  ['Officials said 400 more medics would join the 250 already working there.', '250', { value: 250, min: null, max: null, counted: 'medics' }],
  // each bound may carry its own scale word
  ['Brokers put insured losses at between $300 million and $1.2 billion.', 'between $300 million and $1.2 billion', { value: null, min: 300000000, max: 1200000000, unit: 'USD' }],
  ['Between 12 and 15 homes burned.', 'Between 12 and 15 homes', { value: null, min: 12, max: 15 }],
  // "between" with no second bound leaves the number on its own
  ['The toll stood between 40 aid workers and the road.', '40 aid workers', { value: 40, min: null, max: null }],
  // the span is the count's own words; `counted` keeps the "of" complement
  ['Seventeen members of the crew were moved.', 'Seventeen members', { value: 17, min: null, max: null, counted: 'members of the crew' }],
  ['Tens of thousands of people marched.', 'Tens of thousands of people', { value: null, min: 20000, max: null, approx: true }],
  ['A few dozen people stayed behind.', 'A few dozen people', { value: null, min: 24, max: null, approx: true }],
  ['Several hundred homes were flooded.', 'Several hundred homes', { value: null, min: 300, max: null, approx: true }],
  ['The deficit is 4.5 billion euros a year.', '4.5 billion euros a year', { value: 4500000000, min: null, max: null, unit: 'EUR/yr' }],
  ['About 200 homes stood under water.', 'About 200 homes', { value: 200, min: null, max: null, approx: true }],
  ['Nearly 50 homes will be pulled down.', 'Nearly 50 homes', { value: null, min: null, max: 50, approx: true }],
  ['The region released $6 million in aid.', '$6 million', { value: 6000000, min: null, max: null, unit: 'USD' }],
  ['Turnout fell to 45% this year.', '45%', { value: 45, min: null, max: null, unit: '%' }],
  ['Of the evacuees, six are still in hospital, one faces surgery.', 'six', { value: 6, min: null, max: null, counted: null }],
  ['Of the evacuees, six are still in hospital, one faces surgery.', 'one', { value: 1, min: null, max: null, counted: null }],
  ['The mayor said three were missing.', 'three', { value: 3, min: null, max: null, counted: null }],
  ['Twelve members of the River Guild and Harbor Crew gangs were moved.', 'Twelve members', { value: 12, min: null, max: null, counted: 'members of the River Guild and Harbor Crew gangs' }],
  // what is counted ends before a participle, an adverb or a verb of the predicate
  ['Some 100 tractors belonging to farmers came.', 'Some 100 tractors', { value: 100, min: null, max: null, approx: true, counted: 'tractors' }],
  ['The party won 72 seats thanks to its base.', '72 seats', { value: 72, min: null, max: null, counted: 'seats' }],
  ['The figure of 107,000 drew laughter.', '107,000', { value: 107000, min: null, max: null, counted: null }],
  // a decimal times a scale is the number written, without float noise
  ['About 4.1 million votes went to them.', 'About 4.1 million votes', { value: 4100000, min: null, max: null, approx: true, counted: 'votes' }],
  // a vague amount of a currency has it as its unit
  ['Tens of millions of dollars were lost.', 'Tens of millions of dollars', { value: null, min: 20000000, max: null, unit: 'USD', counted: null }],
  ['Hundreds of residents were moved.', 'Hundreds of residents', { value: null, min: 200, max: null, approx: true }],
  // a word of addition stands before what is counted; "more than" after a number is a comparison
  ['Two more people died in the hills on Sunday.', 'Two more people', { value: 2, min: null, max: null, counted: 'people' }],
  ['Crews found five further bodies near the bridge.', 'five further bodies', { value: 5, min: null, max: null, counted: 'bodies' }],
  // a count joined to its noun by a hyphen, modifying another noun
  ['The party won with a 176-seat majority.', '176-seat', { value: 176, min: null, max: null, counted: 'seat' }],
  ['The 12-member crew was rescued.', '12-member', { value: 12, min: null, max: null, counted: 'member' }],
  // an age is a count of years, its head `age`
  ['A 19-year-old man died in hospital.', '19-year-old', { value: 19, min: null, max: null, counted: 'year-old' }],
];

for (const [text, span, want] of cases) {
  test(`quantity: ${span}`, () => {
    const doc = docOf(text);
    const got = spans(doc, doc.quantity).find((q) => q.text === span);
    assert.ok(got, `found ${JSON.stringify(span)} in ${JSON.stringify(spans(doc, doc.quantity).map((q) => q.text))}`);
    assert.equal(got.value, want.value);
    assert.equal(got.min, want.min);
    assert.equal(got.max, want.max);
    if (want.approx !== undefined) assert.equal(got.approx, want.approx);
    if (want.unit !== undefined) assert.equal(got.unit, want.unit);
    if (want.counted !== undefined) assert.equal(got.counted, want.counted);
  });
}

const negative: [string, string][] = [
  ['a year', 'The levee was built in 1962 by the state.'],
  ['a name with digits', 'Members of MS-13 and the G7 met under Title 8.'],
  ['a clock time', 'The helicopter landed at 00:15 on Sunday.'],
  ['a handle', 'Thanks to @crew42 for the photos.'],
  ['a duration', 'The judge ordered a 14-day halt.'],
  ['a bare number that opens no clause', 'The two are old friends, and one day they met the one person who knew.'],
  ['a small number after "to" that no figure names', 'The vote went from 5 to 7 in a day.'],
  ['a model number', 'The Boeing 787 and the Airbus A330 were grounded.'],
  ['a clock time written with PM', 'The first train left at 5 PM and the last at 11 p.m.'],
  ['a clock time with minutes', 'The alert went out at 8:11 in the evening.'],
  ['a row of seats', 'Fans in 427 Row and in Row 12 were moved.'],
  ['a jersey number', 'He wore the No. 9 jersey, and she the number 23 shirt.'],
  ['an address', 'The council meets at 14 Quay Street.'],
  ['a flight, an article, a channel file', 'Flight 171 fell silent; Article 5 applies; Channel File 291 was to blame.'],
  ['a name with a number', 'Staff of Fortune 500 firms and Apollo 11 fans came.'],
  ['a year named as an id', 'The 1798 law and the 2024 election were debated.'],
];
for (const [name, text] of negative) {
  test(`not a quantity: ${name}`, () => {
    const doc = docOf(text);
    assert.deepEqual(spans(doc, doc.quantity).map((q) => q.text), []);
  });
}

// `countedHead`: a lemma (plural to singular), never a function word, never doubled with a name.
const heads: [string, string, string | null][] = [
  ['The crash claimed 241 lives.', '241 lives', 'life'],
  ['Crews rescued 30 children and 12 women.', '30 children', 'child'],
  ['Police arrested 40 people.', '40 people', 'person'],
  ['Police counted 17 buses.', '17 buses', 'bus'],
  ['They inspected 12 churches.', '12 churches', 'church'],
  ['The flood hit 20 cities.', '20 cities', 'city'],
  ['About 40 witnesses testified.', 'About 40 witnesses', 'witness'],
  ['Police arrested 12 Tren de Aragua.', '12 Tren de Aragua', 'member'],
  ['The port took in 400 more migrants.', '400 more migrants', 'migrant'],
  ['The vote gave 2,100 more than in May.', '2,100', null],
  ['They held 30 Gang Members.', '30 Gang Members', 'member'],
  ['Police moved 238 members of the River Guild.', '238 members', 'member'],
  ['Officials said 40 but no more had come.', '40', null],
];
for (const [text, span, head] of heads) {
  test(`counted head: ${span}`, () => {
    const doc = docOf(text);
    const got = spans(doc, doc.quantity).find((q) => q.text === span);
    assert.ok(got, `found ${JSON.stringify(span)} in ${JSON.stringify(spans(doc, doc.quantity).map((q) => q.text))}`);
    assert.equal(got.countedHead, head);
  });
}

test('a 200 kB single line and 10,000 digits finish with spans inside the text', () => {
  const doc = docOf('About 40 people left. '.repeat(9000) + '9'.repeat(10000));
  assert.ok(spans(doc, doc.quantity).length >= 9000);
});

test('a part of a group named after the number counts what the group does', () => {
  const doc = docOf('Twenty-nine of those held remain in custody, and 12 of the victims were children.');
  assert.deepEqual(spans(doc, doc.quantity).map((q) => [q.text, q.counted, q.countedHead]), [
    ['Twenty-nine', 'those held', 'person'],
    ['12', 'the victims', 'victim'],
  ]);
});

test('a small number in a tally of names is kept as that name\'s count; alone it is dropped', () => {
  const tally = docOf('Seats at the close: Harbour Party 212, Valley League 9 and Coast Union 4.');
  assert.deepEqual(spans(tally, tally.quantity).map((q) => q.text), ['212', '9', '4']);
  const alone = docOf('Prices moved from 5 to 7 in Harbour Town.');
  assert.deepEqual(spans(alone, alone.quantity).map((q) => q.text), []);
});

test('a small number in a part of a whole is kept: "six on the ground"; from 5 to 7 it is not', () => {
  const doc = docOf('The state said 63 were dead, 57 of them aboard and six on the ground. Prices moved from 5 to 7 on the island.');
  assert.deepEqual(spans(doc, doc.quantity).map((q) => q.text), ['63', '57', 'six']);
});

test('a unit joined to its number by a hyphen is an amount in that unit: "the 2,980-metre runway", "a 10-km stretch"', () => {
  const doc = docOf('The jet overran the 2,980-metre runway and stopped on a 10-km stretch of road, past a 176-seat stand.');
  const got = (doc.quantity ?? []).map((q) => [q.text, q.value, q.unit, q.counted]);
  assert.deepEqual(got, [['2,980-metre', 2980, 'm', null], ['10-km', 10, 'km', null], ['176-seat', 176, null, 'seat']]);
});
