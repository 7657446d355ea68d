import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, spans } from '../../../test/helpers/doc.js';
import { linkEntitiesAcross } from '../../link/entities.js';

const cases: [string, string, string, string][] = [
  ['Mayor Ilse Marrow said the town would rebuild.', 'Ilse Marrow', 'person', 'Ilse Marrow'],
  ['Officials in the United States sent help.', 'United States', 'place', 'United States'],
  ['The U.S. sent help.', 'U.S.', 'place', 'United States'],
  ['The Department of Homeland Security replied.', 'Department of Homeland Security', 'organization', 'Department of Homeland Security'],
  ['They were held at the Kessling Detention Center.', 'Kessling Detention Center', 'facility', 'Kessling Detention Center'],
  ['The Water Safety Act was passed.', 'Water Safety Act', 'law', 'Water Safety Act'],
  ['The removals were made under Title 8 of the code.', 'Title 8', 'law', 'Title 8'],
  // "and" joins two names...
  ['Governor Anna Brandt and Mayor Ilse Marrow met on Monday.', 'Anna Brandt', 'person', 'Anna Brandt'],
  ['Governor Anna Brandt and Mayor Ilse Marrow met on Monday.', 'Ilse Marrow', 'person', 'Ilse Marrow'],
  // ...except inside the name of a body
  ['The Department of Health and Human Services replied.', 'Department of Health and Human Services', 'organization', 'Department of Health and Human Services'],
  // a title word inside the name of a body is part of it; a modifier before a kind of body stays
  ['Members of the Union of Public Workers marched.', 'Union of Public Workers', 'organization', 'Union of Public Workers'],
  ['Air Ravel said the flight had been delayed.', 'Air Ravel', 'organization', 'Air Ravel'],
  // a word that is no name alone may close one that names a body
  ['Labour and the Liberal Democrats gained seats.', 'Liberal Democrats', 'group', 'Liberal Democrats'],
  // a maker's name after another name begins a name of its own
  ['An Air Ravel Boeing 787 came down in Ostrel.', 'Air Ravel', 'organization', 'Air Ravel'],
  // a weekday owns nothing in a name
  ["The toll from Thursday's Air Ravel crash rose.", 'Air Ravel', 'organization', 'Air Ravel'],
  ['Counters at the Archive of Public Gatherings put the crowd at 9,000.', 'Archive of Public Gatherings', 'organization', 'Archive of Public Gatherings'],
  ['The Interior Ministry counted the injured.', 'Interior Ministry', 'organization', 'Interior Ministry'],
  ['They met outside the National Library.', 'National Library', 'facility', 'National Library'],
  // a preposition opening a sentence is no part of the name after it
  ['Across Northern Ireland, students held vigils.', 'Northern Ireland', 'place', 'Northern Ireland'],
  // the head word decides the type
  ['Crowds filled Parliament Square.', 'Parliament Square', 'place', 'Parliament Square'],
  // an editor's bracketed first name completes the name
  ['"We are ready," President [Anna] Brandt said.', '[Anna] Brandt', 'person', 'Anna Brandt'],
  // a possessive ends a name: the owner and the owned are two mentions
  ["Crews from Estmark toured Estmark's Kessling Detention Center.", 'Estmark', 'other', 'Estmark'],
  ["Officials toured Canada's Kessling Detention Center on Monday.", 'Kessling Detention Center', 'facility', 'Kessling Detention Center'],
  ["Mayor Ilse Marrow spoke. Marrow's office later agreed.", 'Marrow', 'person', 'Ilse Marrow'],
  // a body or a known place written before a title is a mention of its own
  ['U.S. District Court Judge Hanna Orte ruled.', 'U.S. District Court', 'organization', 'United States District Court'],
  ['US Trade Representative Lio Ferra spoke.', 'US', 'place', 'United States'],
  // an abbreviation takes the name it is defined for, or the one name whose initials it spells
  ['They went to the Northern Holding Facility (NHF). The NHF is full.', 'NHF', 'facility', 'Northern Holding Facility'],
  ['The Estmark Rescue Service sent boats. ERS crews stayed.', 'ERS', 'organization', 'Estmark Rescue Service'],
  ['Lawyers for the Brandt Workers Federation and the Port Authority objected; the BWF appealed.', 'BWF', 'organization', 'Brandt Workers Federation'],
  // two names joined by "and" are one when the abbreviation after them spells both
  ['Officers from Canada Border and Customs Service (BCS) waited.', 'Canada Border and Customs Service', 'organization', 'Canada Border and Customs Service'],
  // a nation's adjective opens the name of a body it heads
  ['The Mexican Red Cross Society sent aid.', 'Mexican Red Cross Society', 'organization', 'Mexican Red Cross Society'],
  // an apposition types a name nothing else typed
  ['The story was first told by Varnpost, a local news website.', 'Varnpost', 'organization', 'Varnpost'],
  // a name after a preposition of place that nothing makes a person is a place
  ['The plane landed in Santa Ines Rall before dawn.', 'Santa Ines Rall', 'place', 'Santa Ines Rall'],
  ['Bukele posted the video on X before noon.', 'X', 'organization', 'X'],
  ['The World Trade Games opened.', 'World Trade Games', 'event', 'World Trade Games'],
  // particles of family names stay in the name
  ['Ludwig van Rhee and Omar bin Talal met.', 'Ludwig van Rhee', 'person', 'Ludwig van Rhee'],
  // a sentence's first word glued to a name is cut off
  ['Making Anna Lise Brandt wait was a mistake. Brandt said so.', 'Anna Lise Brandt', 'person', 'Anna Lise Brandt'],
  ['The other crews rested. Other Marrow aides worked on. Marrow stayed.', 'Marrow', 'other', 'Marrow'],
];
for (const [text, span, type, canonical] of cases) {
  test(`entity: ${span}`, () => {
    const doc = docOf(text);
    const got = spans(doc, doc.entity).find((e) => e.text === span);
    assert.ok(got, `found ${JSON.stringify(span)} in ${JSON.stringify(spans(doc, doc.entity).map((e) => e.text))}`);
    assert.equal(got.type, type);
    assert.equal(got.canonical, canonical);
  });
}

test('a title is the role, not part of the span', () => {
  const doc = docOf('Regional rescue chief Tomas Reyl spoke.');
  const e = spans(doc, doc.entity).find((x) => x.text === 'Tomas Reyl');
  assert.equal(e?.role?.toLowerCase().includes('chief'), true);
});

test('a surname resolves to the full name within a report and across reports', () => {
  const a = docOf('Mayor Ilse Marrow spoke. Later Marrow left.');
  assert.equal(spans(a, a.entity).find((e) => e.text === 'Marrow')?.canonical, 'Ilse Marrow');
  const b = docOf('Marrow said the levee failed.');
  const [, linked] = linkEntitiesAcross([a, b]);
  assert.equal(linked!.entity!.find((e) => e.text === 'Marrow')?.canonical, 'Ilse Marrow');
});

const negative: [string, string][] = [
  ['weekdays and months', 'On Sunday in March they met.'],
  ['demonyms', 'Venezuelan and Salvadoran officials met.'],
  ['demonyms of any known place', 'They were sent to a Brazilian jail, then to an El Salvadorian one.'],
  ['letters inside a link', 'The video is at pic.twitter.com/Ab3Cd9EfGh now.'],
  ['an adverb opening a sentence', 'Notably, nobody was hurt.'],
  ['a participle opening a sentence', 'Accompanying them were two nurses.'],
  ['a word the report also writes in lower case', 'More boats came. They brought more food.'],
  ['a contraction', 'The sign said: Don’t enter.'],
];
for (const [name, text] of negative) {
  test(`not an entity: ${name}`, () => {
    const doc = docOf(text);
    assert.deepEqual(spans(doc, doc.entity).map((e) => e.text), []);
  });
}

test('a quantity word opening a sentence is no name', () => {
  const doc = docOf('Tens of thousands marched through Kessling.');
  assert.deepEqual(spans(doc, doc.entity).map((e) => e.text), ['Kessling']);
});

test('an abbreviation defined in one report resolves in another, and spellings of two sides of the Atlantic meet', () => {
  const a = docOf('Detainees went to the Northern Holding Centre. Later, the Northern Holding Center (NHC) was shut.');
  const b = docOf('Inspectors visited Nhc on Friday. The Northern Holding Center is closed.');
  const [la, lb] = linkEntitiesAcross([a, b]);
  assert.equal(lb!.entity!.find((e) => e.text === 'Nhc')?.canonical, 'Northern Holding Center');
  assert.equal(la!.entity!.find((e) => e.text === 'Northern Holding Centre')?.canonical, 'Northern Holding Center');
});

test('a word capitalised only where sentences open is a name only if the report set shows it is one', () => {
  const lone = docOf('Helicopter crews flew all night. Kessling was dry by dawn, and the crews rested in Kessling.');
  const [linked] = linkEntitiesAcross([lone]);
  assert.deepEqual(linked!.entity!.map((e) => e.text), ['Kessling', 'Kessling']);
  const [, other] = linkEntitiesAcross([docOf('Rescue chief Tomas Reyl flew in.'), docOf('Reyl landed at dawn.')]);
  assert.deepEqual(other!.entity!.map((e) => e.canonical), ['Tomas Reyl']);
});

test('a 200 kB line of owners\' names gives names, each looked at once', () => {
  const names = Array.from({ length: 12000 }, (_, i) => `Name${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}${String.fromCharCode(97 + (Math.floor(i / 676) % 26))}'s`);
  const doc = docOf(`${names.join(' boat and ')} boat.`);
  assert.ok(spans(doc, doc.entity).length > 1000);
});
