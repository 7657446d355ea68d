// Units from one vocabulary (README "Units"), ranges with both bounds, and changes apart from levels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, spans } from '../../../test/helpers/doc.js';

interface Row {
  readonly text: string;
  readonly span: string;
  readonly value: number | null;
  readonly min?: number | null;
  readonly max?: number | null;
  readonly unit: string | null;
  readonly change?: 'up' | 'down';
  readonly counted?: string | null;
}

const rows: Row[] = [
  // percentages, written three ways, and percentage points
  { text: 'Turnout reached 14 per cent in the north.', span: '14 per cent', value: 14, unit: '%' },
  { text: 'Inflation stood at 33.7% in May.', span: '33.7%', value: 33.7, unit: '%' },
  { text: 'The rate is 4 percent.', span: '4 percent', value: 4, unit: '%' },
  { text: 'The gap narrowed by 2 percentage points.', span: '2 percentage points', value: 2, unit: 'pp', change: 'down' },
  // currencies with a scale, glued or written out, and ISO codes
  { text: 'The insurer expects losses of $5.4bn this year.', span: '$5.4bn', value: 5.4e9, unit: 'USD' },
  { text: 'The state pledged €10.6 billion in aid.', span: '€10.6 billion', value: 10.6e9, unit: 'EUR' },
  { text: 'The club paid £38m for the striker.', span: '£38m', value: 38e6, unit: 'GBP' },
  { text: 'The bill came to USD 4,500 in the end.', span: 'USD 4,500', value: 4500, unit: 'USD' },
  { text: 'Repairs will cost 2 million euros.', span: '2 million euros', value: 2e6, unit: 'EUR' },
  // rates
  { text: 'Cleaners earn $15 per hour.', span: '$15 per hour', value: 15, unit: 'USD/h' },
  { text: 'The post pays £30,000 a year.', span: '£30,000 a year', value: 30000, unit: 'GBP/yr' },
  { text: 'A second package of €3.2bn a week later went to farmers.', span: '€3.2bn', value: 3.2e9, unit: 'EUR' },
  { text: 'It raised $40m a year ago.', span: '$40m', value: 40e6, unit: 'USD' },
  // speeds, temperatures, areas, rainfall, lengths, masses, energy
  { text: 'Gusts hit 120 km/h overnight.', span: '120 km/h', value: 120, unit: 'km/h' },
  { text: 'Winds of 75 mph were logged.', span: '75 mph', value: 75, unit: 'mph' },
  { text: 'It was 41C in the shade.', span: '41C', value: 41, unit: '°C' },
  { text: 'It reached 105 degrees Fahrenheit.', span: '105 degrees Fahrenheit', value: 105, unit: '°F' },
  { text: 'The fire burned 3,000 hectares.', span: '3,000 hectares', value: 3000, unit: 'ha' },
  { text: 'The lake covers 12 square miles.', span: '12 square miles', value: 12, unit: 'mi²' },
  { text: 'Some towns got 491 litres per square metre.', span: '491 litres per square metre', value: 491, unit: 'L/m²' },
  { text: 'The river rose by 491mm.', span: '491mm', value: 491, unit: 'mm', change: 'up' },
  { text: 'The convoy drove about 80km to the coast.', span: 'about 80km', value: 80, unit: 'km' },
  { text: 'The ship carried 800,000 tonnes of grain.', span: '800,000 tonnes', value: 800000, unit: 't' },
  { text: 'Demand could peak at 9.2 gigawatts.', span: '9.2 gigawatts', value: 9.2, unit: 'GW' },
  { text: 'The receiver caught it on the 40 yard line.', span: '40 yard', value: 40, unit: 'yd' },
  // the counted noun stays in `counted`, never in `unit`
  { text: 'The flood forced 430 residents out.', span: '430 residents', value: 430, unit: null, counted: 'residents' },
  // ranges keep both bounds, with the scale and currency of either side
  { text: 'Police counted 275,000–325,000 people.', span: '275,000–325,000 people', value: null, min: 275000, max: 325000, unit: null, counted: 'people' },
  { text: 'Between 20 and 30 boats sank.', span: 'Between 20 and 30 boats', value: null, min: 20, max: 30, unit: null },
  { text: 'The claims may reach between €1.2bn and €1.5bn.', span: 'between €1.2bn and €1.5bn', value: null, min: 1.2e9, max: 1.5e9, unit: 'EUR' },
  { text: 'The work will cost 2-3 million euros.', span: '2-3 million euros', value: null, min: 2e6, max: 3e6, unit: 'EUR' },
  { text: 'Gusts of 20-30 mph are forecast.', span: '20-30 mph', value: null, min: 20, max: 30, unit: 'mph' },
  // changes apart from levels
  { text: 'Sales were up 3% on the year.', span: '3%', value: 3, unit: '%', change: 'up' },
  { text: 'Costs fell by 11% in a year.', span: '11%', value: 11, unit: '%', change: 'down' },
  { text: 'Rents jumped 12 per cent.', span: '12 per cent', value: 12, unit: '%', change: 'up' },
  { text: 'Unions want a rise of 6 per cent.', span: '6 per cent', value: 6, unit: '%', change: 'up' },
  { text: 'The town grew by 5,000 people.', span: '5,000 people', value: 5000, unit: null, change: 'up' },
  { text: 'Turnout rose to 62%.', span: '62%', value: 62, unit: '%' },
  { text: 'The share was 41 per cent, down from 44 per cent.', span: '44 per cent', value: 44, unit: '%' },
  { text: 'The firm lost $2bn last year.', span: '$2bn', value: 2e9, unit: 'USD' },
  { text: 'The airline cut 300 jobs.', span: '300 jobs', value: 300, unit: null },
  // "over" after a verb of extent is a preposition, not a bound
  { text: 'The farm is spread over 35 square kilometres.', span: '35 square kilometres', value: 35, unit: 'km²' },
  // readings on a scale named beside the number: small, often decimal, and counting nothing
  { text: 'The quake had a magnitude of 7.8, the survey said.', span: 'magnitude of 7.8', value: 7.8, unit: 'magnitude', counted: null },
  { text: 'A 7.7-magnitude earthquake struck the coast.', span: '7.7-magnitude', value: 7.7, unit: 'magnitude', counted: null },
  { text: 'The Velora centre put the magnitude at 7.9.', span: '7.9', value: 7.9, unit: 'magnitude', counted: null },
  { text: 'The tremor measured 6.4 on the Richter scale.', span: '6.4 on the Richter scale', value: 6.4, unit: 'magnitude', counted: null },
];

for (const row of rows) {
  test(`unit: ${row.span} in ${JSON.stringify(row.text)}`, () => {
    const doc = docOf(row.text);
    const found = spans(doc, doc.quantity);
    const got = found.find((q) => q.text === row.span);
    assert.ok(got, `found ${JSON.stringify(row.span)} in ${JSON.stringify(found.map((q) => q.text))}`);
    assert.equal(got.start, doc.report.text.indexOf(row.span));
    assert.equal(got.value, row.value);
    if (row.min !== undefined) assert.equal(got.min, row.min);
    if (row.max !== undefined) assert.equal(got.max, row.max);
    assert.equal(got.unit, row.unit);
    assert.equal(got.change, row.change);
    if (row.counted !== undefined) assert.equal(got.counted, row.counted);
  });
}
