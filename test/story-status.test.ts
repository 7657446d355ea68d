// The story record's statuses end to end, on short reports we wrote: each rule of reconcile
// (agree, compatible, conflict, evolving, single) from text to fact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildStory } from '../src/reconcile/index.js';
import { makeContext } from '../src/core/context.js';
import { docOf } from './helpers/doc.js';
import type { FactJson } from '../src/model/record.js';

const factsOf = (docs: ReturnType<typeof docOf>[]) => buildStory(docs, new Map(), makeContext()).events.flatMap((e) => e.facts);
const withValues = (facts: FactJson[], ...texts: string[]) =>
  facts.find((f) => texts.every((t) => f.values.some((v) => v.text.includes(t))));

test('a death toll that rises over days is evolving, latest value named', () => {
  const facts = factsOf([
    docOf('The earthquake in Darvel killed 40 people on Monday, officials said.', '2025-06-03'),
    docOf('The death toll from the Darvel earthquake rose to 85 people on Tuesday.', '2025-06-04'),
    docOf('Rescuers said on Wednesday the earthquake had killed 131 people in Darvel.', '2025-06-05'),
  ]);
  const toll = withValues(facts, '40 people', '85 people', '131 people');
  assert.ok(toll, JSON.stringify(facts.map((f) => [f.attribute, f.values.map((v) => v.text)])));
  assert.equal(toll.status, 'evolving');
  assert.match(String(toll['reason']), /131/);
});

test('two exact counts of the same group on the same day conflict; a bound that admits one is compatible', () => {
  const facts = factsOf([
    docOf('Officials deported 21 members of the River Guild to Tarsa on Saturday.', '2025-03-16'),
    docOf('The government deported 23 members of the River Guild to Tarsa on Saturday.', '2025-03-16'),
  ]);
  const guild = withValues(facts, '21 members', '23 members');
  assert.ok(guild);
  assert.equal(guild.status, 'conflict');
  const bound = factsOf([
    docOf('Officials deported at least 21 members of the River Guild to Tarsa on Saturday.', '2025-03-16'),
    docOf('The government deported 23 members of the River Guild to Tarsa on Saturday.', '2025-03-16'),
  ]);
  assert.equal(withValues(bound, 'at least 21', '23 members')?.status, 'compatible');
});

test('the same count in two reports agrees; a count one report gives stands single', () => {
  const facts = factsOf([
    docOf('Crews evacuated 43 residents from Lower Varnholt on Sunday.', '2025-03-10'),
    docOf('Helicopters evacuated 43 residents from Lower Varnholt on Sunday.', '2025-03-10'),
  ]);
  assert.equal(withValues(facts, '43 residents')?.status, 'agree');
  const one = factsOf([docOf('Crews evacuated 12 volunteers from Lower Varnholt on Sunday.', '2025-03-10')]);
  assert.equal(withValues(one, '12 volunteers')?.status, 'single');
});

test('a toll reported over a week stays one evolving figure, not a string of single days', () => {
  const facts = factsOf([
    docOf('The earthquake in Darvel killed 144 people on Monday, officials said.', '2025-06-03'),
    docOf('The death toll from the Darvel earthquake rose to 1,002 people on Wednesday.', '2025-06-05'),
    docOf('By Friday the earthquake had killed 2,719 people in Darvel, officials said.', '2025-06-07'),
    docOf('The death toll in Darvel reached 3,354 people on Monday, a week after the earthquake.', '2025-06-10'),
  ]);
  const toll = withValues(facts, '144 people', '3,354 people');
  assert.ok(toll, JSON.stringify(facts.map((f) => [f.attribute, f.status, f.values.map((v) => v.text)])));
  assert.equal(toll.status, 'evolving');
  assert.match(String(toll['reason']), /3354/);
});

test('the dead and the injured of one disaster are two figures, each from its own verb', () => {
  const facts = factsOf([
    docOf('The blast in Darvel killed 12 people and injured 40 others on Friday.', '2025-08-08'),
    docOf('On Friday the Darvel blast killed 12 people, and 40 others were injured.', '2025-08-08'),
  ]);
  const dead = withValues(facts, '12 people');
  const hurt = withValues(facts, '40 others');
  assert.ok(dead && hurt && dead !== hurt, JSON.stringify(facts.map((f) => [f.attribute, f.values.map((v) => v.text)])));
  assert.equal(dead.status, 'agree');
  assert.equal(hurt.status, 'agree');
});

test('a running figure revised down on a later day evolves; two reports of one day that disagree conflict', () => {
  const revised = factsOf([
    docOf('The blast in Darvel killed 75 people on Friday, officials said.', '2025-08-08'),
    docOf('The Darvel blast has killed 257 people, officials said on Sunday.', '2025-08-10'),
    docOf('Officials said on Tuesday the Darvel blast killed 247 people, after a recount.', '2025-08-12'),
  ]);
  const toll = withValues(revised, '75 people', '257 people', '247 people');
  assert.equal(toll?.status, 'evolving');
  assert.match(String(toll?.['reason']), /revised/);
  const clash = factsOf([
    docOf('The blast in Darvel killed 75 people on Friday, officials said.', '2025-08-08'),
    docOf('The blast in Darvel killed 80 people on Friday, the mayor said.', '2025-08-08'),
  ]);
  assert.equal(withValues(clash, '75 people', '80 people')?.status, 'conflict');
});

test('a crowd put at two sizes by two sources is a conflict whose reason names each source', () => {
  const facts = factsOf([
    docOf('According to organisers, 85,000 people marched through Tarsa on Saturday.', '2025-10-12'),
    docOf('According to police, 32,000 people marched through Tarsa on Saturday.', '2025-10-12'),
  ]);
  const crowd = withValues(facts, '85,000 people', '32,000 people');
  assert.ok(crowd, JSON.stringify(facts.map((f) => [f.attribute, f.values.map((v) => v.text)])));
  assert.equal(crowd.status, 'conflict');
  assert.match(String(crowd['reason']), /85,000 \(according to [^)]*\)/);
  assert.match(String(crowd['reason']), /32,000 \(according to [^)]*\)/);
});

test('a running figure that two reports of one day give differently names its source in the reason', () => {
  const facts = factsOf([
    docOf('According to police, 41 people were arrested in Tarsa on Saturday.', '2025-10-12'),
    docOf('Officers arrested 43 people in Tarsa on Saturday.', '2025-10-12'),
  ]);
  const arrests = withValues(facts, '41 people', '43 people');
  assert.ok(arrests, JSON.stringify(facts.map((f) => [f.attribute, f.values.map((v) => v.text)])));
  assert.equal(arrests.status, 'conflict');
  assert.match(String(arrests['reason']), /41 \(according to police\)/);
});

test('reports that give the figure agree, whatever another report\'s "millions of" says', () => {
  const facts = factsOf([
    docOf('The faulty Norvale update crashed 8.5 million Windows devices, Delmar Systems said.', '2025-07-20'),
    docOf('Some 8.5 million Windows devices crashed after the faulty Norvale update, Delmar Systems said.', '2025-07-21'),
    docOf('The faulty Norvale update crashed millions of Windows devices, Delmar Systems said.', '2025-07-19'),
  ]);
  const fact = withValues(facts, '8.5 million', 'millions of');
  assert.ok(fact, JSON.stringify(facts.map((f) => f.values.map((v) => v.text))));
  assert.equal(fact.status, 'agree', fact.reason);
});

test('readings are shown as the scale names them, with the decimals written, and a conflict calls them readings', () => {
  const a = docOf('The Ostmark quake had a magnitude of 7.0, the geological survey said.', '2027-02-04');
  const b = docOf('The Ostmark quake measured magnitude 7.2, the national institute said.', '2027-02-04');
  const fact = buildStory([a, b], new Map(), makeContext()).events.flatMap((e) => e.facts).find((f) => f.values.some((v) => v.value === 7));
  assert.deepEqual(fact?.values.map((v) => v.shown).sort(), ['magnitude 7.0', 'magnitude 7.2']);
  assert.equal(fact?.status, 'conflict');
  assert.match(fact?.reason ?? '', /different readings/);
});
