import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterable, clusterStories, linkNames, NameBook, StoryGrouper } from './stories.js';
import type { NameCount } from '../model/story.js';
import { linkEntitiesAcross } from './entities.js';
import { docOf } from '../../test/helpers/doc.js';

const flood = [
  'Mayor Ilse Marrow said the Estmark Rescue Service lifted residents from Lower Varnholt to Kessling.',
  'The Estmark Rescue Service and Mayor Ilse Marrow reopened the road from Kessling to Lower Varnholt.',
];
const strike = [
  'Workers at Brandt Steel walked out on Monday, the Foundry Workers Union said in Oberlin.',
  'Brandt Steel offered a new contract to the Foundry Workers Union as the strike in Oberlin went on.',
];

test('reports of two stories form two stories, each named by what its reports share', () => {
  const docs = [flood[0]!, strike[0]!, flood[1]!, strike[1]!].map((t) => docOf(t));
  const { stories, storyOf } = clusterStories(docs.map(clusterable), new Map());
  assert.equal(stories.length, 2);
  assert.equal(storyOf.get(docs[0]!.report.id), storyOf.get(docs[2]!.report.id));
  assert.equal(storyOf.get(docs[1]!.report.id), storyOf.get(docs[3]!.report.id));
  assert.notEqual(storyOf.get(docs[0]!.report.id), storyOf.get(docs[1]!.report.id));
  assert.match(stories[0]!.label, /Lower Varnholt|Ilse Marrow|Estmark Rescue Service/);
});

test('a syndicated copy joins its original, and a report naming nothing continues the story in hand', () => {
  const a = docOf(flood[0]!);
  const b = docOf(strike[0]!);
  const copy = docOf('A copy that names nobody we know.');
  const plain = docOf('Water levels fell overnight.');
  const { stories, storyOf } = clusterStories([a, b, copy, plain].map(clusterable), new Map([[copy.report.id, a.report.id]]));
  assert.equal(stories.length, 2);
  assert.equal(storyOf.get(copy.report.id), storyOf.get(a.report.id));
  assert.equal(storyOf.get(plain.report.id), storyOf.get(b.report.id));
});

test('a story quiet for months is not the one a new report with the same names continues', () => {
  const early = docOf(flood[0]!, '2025-03-09');
  const late = docOf(flood[1]!, '2025-09-01');
  assert.equal(clusterStories([early, late].map(clusterable), new Map()).stories.length, 2);
});

test('names linked across reports from their stored keys are the names of the linked documents', () => {
  const docs = [docOf('Mayor Ilse Marrow said the Estmark Rescue Service lifted residents.'), docOf('Marrow said the levee held. Marrow thanked the crews.')];
  assert.deepEqual(linkNames(docs.map(clusterable)), linkEntitiesAcross(docs).map(clusterable));
  assert.ok(linkNames(docs.map(clusterable))[1]!.names.some(([name, , n]) => name === 'Ilse Marrow' && n === 2));
});

test('stored keys link as documents do: abbreviations, spellings, and words capitalised only where sentences open', () => {
  const docs = [
    docOf('Detainees went to the Northern Holding Centre. Later the Northern Holding Center (NHC) was shut.'),
    docOf('Inspectors visited Nhc on Friday. Helicopter crews flew over the Northern Holding Center.'),
    docOf('Kessling was dry by dawn. Boats waited in Kessling.'),
  ];
  const linked = linkEntitiesAcross(docs).map(clusterable);
  assert.deepEqual(linkNames(docs.map(clusterable)), linked);
  const names = linked.flatMap((c) => c.names.map(([canonical]) => canonical));
  assert.ok(names.includes('Northern Holding Center') && !names.includes('Nhc') && !names.includes('Northern Holding Centre'));
  assert.ok(!names.includes('Helicopter'), 'a word only sentence openers capitalise is no name');
});

test('names are linked in the order given, not the order added: of two long forms of one abbreviation, the first written wins', () => {
  const book = new NameBook();
  book.add([['Northern Holding Center', 'facility', 1, 'NHC', false]]);
  book.add([['National Health Council', 'organization', 1, 'NHC', false]]);
  book.add([['NHC', 'organization', 2, 'NHC', false]]);
  assert.deepEqual(book.linked([0, 1, 2])(2), [['Northern Holding Center', 'facility', 2, 'NHC', false]]);
  assert.deepEqual(book.linked([1, 0, 2])(2), [['National Health Council', 'organization', 2, 'NHC', false]]);
});

test('a quiet story: left by dated reports, continued by an undated one, and going again once a copy continues it', () => {
  const names = (...list: string[]): NameCount[] => list.map((n) => [n, 'person', 1, n, false]);
  const flood = names('Ilse Marrow', 'Petra Lund', 'Kessling');
  const grouper = new StoryGrouper();
  assert.equal(grouper.add('2025-01-10', flood, -1), 0);
  assert.equal(grouper.add('2025-05-01', names('Anton Weil', 'Kessling', 'Sara Holm'), -1), 1);
  // Four months on, the flood's names start a story of their own.
  assert.equal(grouper.add('2025-05-02', flood, -1), 2);
  // A copy of the first report, published now, continues the first story: it is going again, and ties go to the bigger story.
  assert.equal(grouper.add('2025-05-03', names('Someone Else'), 0), 0);
  assert.equal(grouper.add('2025-05-04', flood, -1), 0);
  // An undated report (last in canonical order) may continue any story, quiet or not.
  assert.equal(grouper.add(null, names('Anton Weil', 'Sara Holm', 'Kessling'), -1), 1);
  assert.deepEqual(grouper.stories().map((g) => g.reports), [[0, 3, 4], [1, 5], [2]]);
});

test('a report listed as a copy of itself is placed by its names', () => {
  const names = (...list: string[]): NameCount[] => list.map((n) => [n, 'person', 1, n, false]);
  const items = [
    { id: 'a', published: '2025-01-10', names: names('Ann Lee', 'Petra Lund', 'Sara Holm') },
    { id: 'b', published: '2025-01-10', names: names('Bob Ray', 'Carl Moe', 'Dina Oz') },
    { id: 'c', published: '2025-01-11', names: names('Bob Ray', 'Carl Moe', 'Dina Oz') },
  ];
  assert.deepEqual(clusterStories(items, new Map([['c', 'c']])).stories.map((s) => s.reports), [['a'], ['b', 'c']]);
});

test('a name one report could not type takes the type the other reports give it', () => {
  const docs = [docOf('Boats waited in Tarnwick on Sunday.'), docOf('The water ran through central Tarnwick by noon.')];
  const other = docs[1]!.entity!.find((e) => e.text === 'Tarnwick');
  assert.equal(other?.type, 'other', 'alone, the second report cannot tell');
  const linked = linkEntitiesAcross(docs);
  assert.equal(linked[1]!.entity!.find((e) => e.text === 'Tarnwick')?.type, 'place');
  assert.deepEqual(linkNames(docs.map(clusterable)), linked.map(clusterable));
});

test("a report's own outlet is not a name its story is known by", () => {
  const names = (...list: string[]): NameCount[] => list.map((n) => [n, 'organization', 1, n, false]);
  const wire = names('Continental Press', 'Castrel', 'Police', 'Parliament');
  const report = names('Castrel', 'Police', 'Union of Public Workers', 'Parliament Square', 'Interior Ministry');
  const withOutlet = new StoryGrouper();
  withOutlet.add('2025-10-12', wire, -1, 'Continental Press');
  assert.equal(withOutlet.add('2025-10-12', report, -1, 'Castrel Daily'), 0);
  const without = new StoryGrouper();
  without.add('2025-10-12', wire, -1);
  assert.equal(without.add('2025-10-12', report, -1), 1, 'counted, the agency makes the wire look like another story');
});

test('one story started twice is one: two stories of the same days sharing five core names merge', () => {
  const names = (...list: string[]): NameCount[] => list.map((n) => [n, 'person', 1, n, false]);
  const grouper = new StoryGrouper();
  // The first report names few of the names the story's later reports share, so the second starts another.
  const at = ['A1 Lee,B1 Ray,C1 Moe,D1 Oz,E1 Fox', 'A1 Lee,F1 Ho,G1 Ma,H1 Bo,I1 Ash', 'F1 Ho,G1 Ma,H1 Bo,I1 Ash,B1 Ray', 'C1 Moe,D1 Oz,E1 Fox,F1 Ho,G1 Ma', 'H1 Bo,I1 Ash,C1 Moe,D1 Oz,E1 Fox']
    .map((list, k) => grouper.add(`2025-07-0${k + 4}`, names(...list.split(',')), -1));
  assert.deepEqual(at, [0, 1, 1, 0, 0]);
  const stories = grouper.stories();
  assert.deepEqual(stories.map((g) => [g.reports, g.drafts]), [[[0, 1, 2, 3, 4], [0, 1]]]);
  // Months apart, the same names are another happening.
  const later = new StoryGrouper();
  later.add('2025-01-04', names('Ann Lee', 'Bob Ray', 'Carl Moe', 'Dina Oz', 'Eve Fox'), -1);
  later.add('2025-06-04', names('Ann Lee', 'Bob Ray', 'Carl Moe', 'Dina Oz', 'Eve Fox'), -1);
  assert.equal(later.stories().length, 2);
});

test('a follow-up weeks after a story went quiet takes it up again when it shares four of its core names', () => {
  const names = (...list: string[]): NameCount[] => list.map((n) => [n, 'organization', 1, n, false]);
  const grouper = new StoryGrouper();
  grouper.add('2025-07-19', names('Norvale', 'Delmar Airlines', 'Ostrel Rail', 'Kesh Bank'), -1);
  grouper.add('2025-07-21', names('Norvale', 'Delmar Airlines', 'Ostrel Rail', 'Kesh Bank'), -1);
  // Three months on: the lawsuit names the outage's four core names and a court.
  assert.equal(grouper.add('2025-10-26', names('Fenwick Court', 'Norvale', 'Delmar Airlines', 'Ostrel Rail', 'Kesh Bank'), -1), 0);
  // Sharing only two of them is another story.
  assert.equal(grouper.add('2025-10-27', names('Harbour Court', 'Norvale', 'Delmar Airlines', 'Pike Port'), -1), 1);
});

test('a lone report sharing one name no other story has rejoins that story within days; one sharing names of two stories stays apart', () => {
  const base = () => [
    docOf(flood[0]!, '2025-03-10'),
    docOf(strike[0]!, '2025-03-10'),
    docOf(flood[1]!, '2025-03-11'),
    docOf(strike[1]!, '2025-03-11'),
  ];
  // Names the Estmark Rescue Service, which only the flood names, and two names no story has.
  const one = [...base(), docOf('Volunteers from Harlow Parish and the Tiber Guild handed out blankets to families the Estmark Rescue Service had lifted out.', '2025-03-12')];
  const joined = clusterStories(one.map(clusterable), new Map());
  assert.equal(joined.stories.length, 2);
  assert.equal(joined.storyOf.get(one[4]!.report.id), joined.storyOf.get(one[0]!.report.id));
  // Names the flood's rescue service and the strike's union: neither story is its own.
  const two = [...base(), docOf('The Estmark Rescue Service thanked the Foundry Workers Union and Harlow Parish for their volunteers.', '2025-03-12')];
  const apart = clusterStories(two.map(clusterable), new Map());
  assert.equal(apart.stories.length, 3);
});
