// Figures and durations that no dated event holds still reach the record, keyed by their value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildStory } from '../src/reconcile/index.js';
import { makeContext } from '../src/core/context.js';
import { docOf } from './helpers/doc.js';

const facts = (docs: ReturnType<typeof docOf>[]) =>
  buildStory(docs, new Map(), makeContext()).events.filter((e) => e.type === 'background').flatMap((e) => e.facts);

test('a duration outside any event is a single background fact with its span', () => {
  const doc = docOf('The prison allows inmates 30 minutes of exercise daily.');
  const duration = facts([doc]).find((f) => f.attribute.startsWith('duration='));
  assert.ok(duration, 'a duration fact');
  assert.equal(duration.status, 'single');
  const v = duration.values[0]!;
  assert.equal(doc.report.text.slice(v.start, v.end), v.text);
});

test('the same bare figure in two reports agrees; different figures never conflict in the background', () => {
  const a = docOf('Officials counted 4,000 beds in the new wing.');
  const b = docOf('The new wing has 4,000 beds, officials said.');
  const c = docOf('The new wing has 5,000 beds, a guard claimed.');
  const all = facts([a, b, c]);
  assert.ok(all.every((f) => f.status !== 'conflict'));
  const beds = all.find((f) => f.values.length === 2 && f.values.every((v) => v.value === 4000));
  assert.ok(beds, 'the two 4,000 figures form one fact');
  assert.equal(beds.status, 'agree');
});

test('an attributed value carries the span of the words that attribute it', () => {
  const doc = docOf('The new wing has 5,000 beds, the warden said. It has 300 guards, according to the union.');
  const values = facts([doc]).flatMap((f) => f.values);
  const cues = values.map((v) => v.voiceCue ?? null).filter((c) => c !== null);
  assert.ok(cues.length >= 1, 'at least one attributed value');
  for (const c of cues) assert.equal(doc.report.text.slice(c.start, c.end), c.text);
  assert.ok(cues.some((c) => c.text === 'according to' || c.text === 'said'));
});

test('a hedge inside a value\'s own words hedges it, whatever its sentence says', () => {
  const doc = docOf('Police deported 200 alleged gang members on Monday.');
  const all = buildStory([doc], new Map(), makeContext()).events.flatMap((e) => e.facts).flatMap((f) => f.values);
  const v = all.find((x) => x.text === '200 alleged gang members');
  assert.ok(v, 'the count is in the record');
  assert.equal(v.voice, 'hedged');
  assert.equal(v.voiceCue?.text, 'alleged');
});
