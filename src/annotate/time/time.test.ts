import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, spans, timeAt } from '../../../test/helpers/doc.js';

// Reference: a report published Sunday 16 March 2025.
const cases: [string, string, string, string][] = [
  ['Crews worked on Saturday.', 'Saturday', 'DATE', '2025-03-15'],
  ['Last night, the levee broke.', 'Last night', 'TIME', '2025-03-15TNI'],
  ['Water reached the square on Sunday morning.', 'Sunday morning', 'TIME', '2025-03-16TMO'],
  ['The notice appeared at 19:25 EDT on Saturday.', '19:25 EDT on Saturday', 'TIME', '2025-03-15T19:25-04:00'],
  // a clock time's weekday looks back as the weekday alone does (published Sunday: Friday is two days before)
  ['The quake struck at 06:20 GMT on Friday.', '06:20 GMT on Friday', 'TIME', '2025-03-14T06:20Z'],
  // a time in an aside ends at its bracket, and takes the weekday after it
  ['The quake struck at 12:50 local time (06:20 GMT) on Friday.', '06:20 GMT', 'TIME', '2025-03-14T06:20Z'],
  ['He visited in February, before the flood.', 'February', 'DATE', '2025-02'],
  ['In January, the council voted.', 'January', 'DATE', '2025-01'],
  ['The prison opened two years ago.', 'two years ago', 'DATE', '2023'],
  ['Crews arrived on March 15, 2025.', 'March 15, 2025', 'DATE', '2025-03-15'],
  ['The judge ordered a 14-day halt.', '14-day', 'DURATION', 'P14D'],
  ['They held them for a period of one year.', 'one year', 'DURATION', 'P1Y'],
  ['Three days later, the shares recovered.', 'Three days', 'DURATION', 'P3D'],
  ['The jet was airborne for about 30 seconds.', 'about 30 seconds', 'DURATION', 'PT30S'],
  ['She landed at least 72 hours after her brother.', 'at least 72 hours', 'DURATION', 'PT72H'],
  // halves in the next smaller unit
  ['They lived in the camps for 2 1/2 years.', '2 1/2 years', 'DURATION', 'P2Y6M'],
  ['She spent 5 1/2 hours in the city.', '5 1/2 hours', 'DURATION', 'PT5H30M'],
  ['A minute and a half later, the pilot landed.', 'A minute and a half', 'DURATION', 'PT1M30S'],
  ['The strike lasted one and a half days.', 'one and a half days', 'DURATION', 'P1DT12H'],
  ['The trial took 2 1/2 weeks.', '2 1/2 weeks', 'DURATION', 'P2.5W'],
  ['Rain fell for twenty four hours.', 'twenty four hours', 'DURATION', 'PT24H'],
  // a number is read whole, not from its last group
  ['The airframe had flown 52,000 hours.', '52,000 hours', 'DURATION', 'PT52000H'],
  ['The crew rested 1.5 hours.', '1.5 hours', 'DURATION', 'PT1.5H'],
  ['The dispute ran for thirty-five years.', 'thirty-five years', 'DURATION', 'P35Y'],
  // an added amount
  ['The ferry company may lease the pier for at least 20 more years.', 'at least 20 more years', 'DURATION', 'P20Y'],
  ['The lease can be renewed for an additional year.', 'an additional year', 'DURATION', 'P1Y'],
  // a part of day of a date, read together
  ['The doctor was shot on the night of Oct. 23 at home.', 'night of Oct. 23', 'TIME', '2024-10-23TNI'],
  ['The talks ended on the morning of Friday, March 14.', 'morning of Friday, March 14', 'TIME', '2025-03-14TMO'],
  ['The toll rose to five on Sunday, up from three a day earlier.', 'a day earlier', 'DATE', '2025-03-15'],
  ['Prisoners get 30 minutes of exercise daily.', 'daily', 'SET', 'P1D'],
  ['Thousands of patients wait for transplants each year.', 'each year', 'SET', 'P1Y'],
  ['The firm pays $100 million in interest every quarter.', 'every quarter', 'SET', 'P1Q'],
  ['The ferry leaves each Thursday from the harbour.', 'each Thursday', 'SET', 'XXXX-WXX-4'],
  ['The guild marches each July through the town.', 'each July', 'SET', 'XXXX-07'],
  ['Average hourly earnings rose.', 'hourly', 'SET', 'PT1H'],
  ['She swims every morning.', 'every morning', 'SET', 'XXXX-XX-XXTMO'],
  ['It invoked the Alien Enemies Act of 1798.', '1798', 'DATE', '1798'],
  ['An 18th-century law was used.', '18th-century', 'DATE', '17'],
  ['The guild was founded in 1949, after the war.', '1949', 'DATE', '1949'],
  ['Output fell in mid-1996.', 'mid-1996', 'DATE', '1996'],
  // decades are the year's first three digits
  ['Prices soared in the late 1970s.', 'the late 1970s', 'DATE', '197'],
  ['Rents rose in the 1990s.', 'the 1990s', 'DATE', '199'],
  ["Rents rose through the '80s.", "the '80s", 'DATE', '198'],
  ['Rents rose through the nineties.', 'the nineties', 'DATE', '199'],
  ['It was built in the early nineteen-sixties.', 'the early nineteen-sixties', 'DATE', '196'],
  ['Bands of the twenties drew crowds.', 'the twenties', 'DATE', '202'],
  ['Trump spoke on Saturday. That evening, the judge ruled.', 'That evening', 'TIME', '2025-03-15TEV'],
  ['Crews returned in mid-March.', 'mid-March', 'DATE', '2025-03'],
  // a weekday follows its clause: back by default, ahead after a word of intent, the same day when it is today
  ['The mayor said Sunday that the water was falling.', 'Sunday', 'DATE', '2025-03-16'],
  // a word of time capitalised at the start of a sentence is still a time
  ['The river rose. Today, the water is calm.', 'Today', 'DATE', '2025-03-16'],
  ['The council will meet on Thursday to vote.', 'Thursday', 'DATE', '2025-03-20'],
  ['Talks are set to resume Monday in Kessling.', 'Monday', 'DATE', '2025-03-17'],
  ['The council voted to rebuild the dam Friday.', 'Friday', 'DATE', '2025-03-14'],
  ["Relatives said they would appeal Wednesday's ruling.", 'Wednesday', 'DATE', '2025-03-12'],
  ['Later Sunday, the crews went home.', 'Sunday', 'DATE', '2025-03-16'],
  ['On Saturday, 21 members of the guild were moved.', 'Saturday', 'DATE', '2025-03-15'],
  // a figure next to a date is not its hour
  ['The gauge slipped 2.1%, or 9.87, on Friday, to 512.30.', 'Friday', 'DATE', '2025-03-14'],
  ['The bank may buy the stake after Jan. 1, 2026 at 1,015 francs a share.', 'Jan. 1, 2026', 'DATE', '2026-01-01'],
  ['Crews will return on Sunday.', 'Sunday', 'DATE', '2025-03-16'],
  ['Crews will return next Sunday.', 'next Sunday', 'DATE', '2025-03-23'],
  // a month alone is the latest one, unless its clause looks ahead
  ['The levee was inspected in October.', 'October', 'DATE', '2024-10'],
  ['A second inspection will take place in October.', 'October', 'DATE', '2025-10'],
  ['The bill is due to be debated in October.', 'October', 'DATE', '2025-10'],
  ['The grant is payable Dec. 7 to every household.', 'Dec. 7', 'DATE', '2025-12-07'],
  // comparison periods of business news name quarters when the report speaks of them
  ['Profit rose in the fourth quarter, from a loss a year earlier.', 'a year earlier', 'DATE', '2023-Q4'],
  ['Sales fell 3% from a year earlier.', 'a year earlier', 'DATE', '2024'],
  // years as spoken in broadcast transcripts
  ['The law passed in nineteen ninety-six.', 'nineteen ninety-six', 'DATE', '1996'],
  ['Computers may fail in the year two thousand.', 'the year two thousand', 'DATE', '2000'],
  ['It began in January nineteen ninety-seven.', 'January nineteen ninety-seven', 'DATE', '1997-01'],
  // vague references: the words are in lexicon/time-refs.json
  ['The current system is failing.', 'current', 'DATE', 'PRESENT_REF'],
  ['Rates will not fall in the near future.', 'the near future', 'DATE', 'FUTURE_REF'],
  ['Prices have risen in recent months.', 'recent months', 'DURATION', 'PXM'],
  ['Water levels may fall in the weeks ahead.', 'the weeks ahead', 'DURATION', 'PXW'],
  ['The new bridge will open within weeks.', 'weeks', 'DURATION', 'PXW'],
  ['For months the town has waited.', 'months', 'DURATION', 'PXM'],
  ['In the past, the river flooded every spring.', 'the past', 'DATE', 'PAST_REF'],
  ['Prices rose for the past three months.', 'the past three months', 'DURATION', 'P3M'],
  ['The strike may last the next two weeks.', 'the next two weeks', 'DURATION', 'P2W'],
  ['Net rose 4% in the first nine months.', 'the first nine months', 'DURATION', 'P9M'],
  ['The judge lifted the 14-day halt.', '14-day', 'DURATION', 'P14D'],
  ['Prices doubled over the past year.', 'the past year', 'DATE', '2024'],
  // weeks relative to publication, seasons, fiscal years
  ['Prices rose this week.', 'this week', 'DATE', '2025-W11'],
  ['Prices fell last week.', 'last week', 'DATE', '2025-W10'],
  // "weeks ago" names a week, as "years ago" names a year
  ['The dam was inspected six weeks ago.', 'six weeks ago', 'DATE', '2025-W05'],
  // the weekend keeps its article, and "over the weekend" is read whole
  ['Traders sold ahead of the weekend.', 'the weekend', 'DATE', '2025-W11-WE'],
  ['Talks went on over the weekend.', 'over the weekend', 'DATE', '2025-W11-WE'],
  ['The dam was finished last fall.', 'last fall', 'DATE', '2024-FA'],
  ['The plant closed this past spring.', 'this past spring', 'DATE', '2024-SP'],
  ['Rents may double over the next couple of years.', 'the next couple of years', 'DURATION', 'P2Y'],
  ['Repairs will be done this summer.', 'this summer', 'DATE', '2025-SU'],
  ['Revenue for fiscal 2024 rose.', 'fiscal 2024', 'DATE', '2024'],
  // a participle after "be" takes the tense of what comes before it
  ['The hearing will be held on Thursday.', 'Thursday', 'DATE', '2025-03-20'],
  // a range is two times, each with its own value; its end is directed by the words before the range
  ['The exhibit ran from Jan. 10 to Feb. 20.', 'Jan. 10', 'DATE', '2025-01-10'],
  ['The exhibit ran from Jan. 10 to Feb. 20.', 'Feb. 20', 'DATE', '2025-02-20'],
  ['Sales rose 4% this year through February.', 'February', 'DATE', '2025-02'],
  ['The offer runs from today through April 17.', 'April 17', 'DATE', '2025-04-17'],
  // a month with a year named relative to publication is one date
  ['The plant closed in June last year.', 'June last year', 'DATE', '2024-06'],
  ['Talks resume on April 24 of next year.', 'April 24 of next year', 'DATE', '2026-04-24'],
  // May after a word only a date follows, which the month reading leaves out
  ['The treaty was signed last May.', 'last May', 'DATE', '2024-05'],
  ['Prices have risen since May.', 'May', 'DATE', '2024-05'],
  ['Repairs end by late May.', 'late May', 'DATE', '2025-05'],
];

for (const [text, span, type, value] of cases) {
  test(`time: ${span} -> ${value}`, () => {
    const got = timeAt(text, span);
    assert.equal(got.type, type);
    assert.equal(got.value, value);
  });
}

const notTimes: [string, string][] = [
  ['a price per share', 'The board declared a dividend of 2.50 a share.'],
  ['a fraction in a stock table', 'The shares rose 7/8 to close at 31.'],
  ['a bare number', 'The index fell 20 points.'],
  ['the noun march', 'Thousands joined the march across the bridge.'],
  ['a second march', 'A second march is planned.'],
  ['a second time', 'The alarm sounded a second time and one second-hand van left.'],
  ['current before a word it qualifies otherwise', 'Current prices are high.'],
  ['a fraction price', 'The stock closed at 12 3/4.'],
  ['a range of figures', 'Advancing issues outnumbered decliners 3 to 20.'],
  ['a month name used as a verb', 'Protesters plan to march on the capital; they may return.'],
  ['the verb May', 'May the best team win.'],
  ['the future of something', 'They argued about the future of the harbour.'],
  ['an age', 'Ms. Lode, 52 years old, resigned.'],
  ['an age in decades', 'Both were in their twenties.'],
  ['an index level with decimals', 'The harbour index closed at 1534.2, down 12 points.'],
  ['an abbreviation that is no time', 'The firm filed papers in the SEC case.'],
  ['a half that is no clock time', 'The council cut the grant in half and the library closed.'],
  ['a programme named with a word of time', 'The minister said on ABC\'s "This Week" that talks would go on.'],
  ['a programme named with a duration', 'She told CBS\'s "60 Minutes" that she would stay.'],
  ['a film named with a time of day', 'The cinema reopened with the western "High Noon".'],
];
for (const [name, text] of notTimes) {
  test(`not a time: ${name}`, () => {
    const doc = docOf(text);
    assert.deepEqual(spans(doc, doc.time).map((t) => t.text), []);
  });
}

test('an edge word is a whole word: "nearly" is not "early"', () => {
  const doc = docOf('The dam broke nearly four years ago.');
  assert.deepEqual(spans(doc, doc.time).map((t) => [t.text, t.value, t.mod]), [['four years ago', '2021', null]]);
});

test('an edge word sets the mod of a year or a decade', () => {
  assert.equal(docOf('Output fell in early 1997.').time?.[0]?.mod, 'START');
  assert.equal(docOf('Prices soared in the late 1970s.').time?.[0]?.mod, 'END');
});

test('the past before a count is left to the duration', () => {
  const doc = docOf('Prices rose for the past 20 years.');
  assert.deepEqual(spans(doc, doc.time).map((t) => [t.text, t.value]), [['the past 20 years', 'P20Y']]);
});

test('an edge word before May sets the mod', () => {
  assert.equal(docOf('Repairs end by late May.').time?.[0]?.mod, 'END');
  assert.equal(docOf('Crews returned in mid-May.').time?.[0]?.mod, 'MID');
});

test('mid-March carries the MID modifier', () => {
  const doc = docOf('Crews returned in mid-March.');
  assert.equal(doc.time?.[0]?.mod, 'MID');
});

test('without a publication date, relative expressions are not guessed', () => {
  const doc = docOf('Last night, the levee broke.', null);
  assert.deepEqual(spans(doc, doc.time).filter((t) => t.type === 'TIME'), []);
});

test('a clock time on a weekday looks back from a Thursday paper, not to the Friday ahead', () => {
  assert.equal(timeAt('The jet crashed at 13:39 on Friday.', '13:39 on Friday', '2025-06-12').value, '2025-06-06T13:39');
  assert.equal(timeAt('The minister will speak at 10am on Friday.', '10am on Friday', '2025-06-12').value, '2025-06-13T10:00');
  // a deadline looks ahead, as a date after "until" does
  assert.equal(timeAt('The family was given until 9 a.m. Friday to sign the papers.', '9 a.m. Friday', '2025-06-12').value, '2025-06-13T09:00');
});
