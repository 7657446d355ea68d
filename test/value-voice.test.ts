// Each figure of a sentence carries its own source when the report names another for it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildStory } from '../src/reconcile/index.js';
import { makeContext } from '../src/core/context.js';
import { docOf } from './helpers/doc.js';

test('"police said, while the organisers claimed 85,000": each crowd figure has its source', () => {
  const doc = docOf('Farmers marched through Dorn on Saturday. About 30,000 people joined the march, police said, while the organisers claimed 85,000 people.');
  const values = buildStory([doc], new Map(), makeContext()).events.flatMap((e) => e.facts.flatMap((f) => f.values));
  const source = (text: string) => values.find((v) => v.text === text)?.attributedTo;
  assert.equal(source('About 30,000 people'), 'police');
  assert.equal(source('85,000 people'), 'organisers');
});

test('"the service said on Sunday": what was said keeps its source; the day of saying is the report\'s own', () => {
  const doc = docOf('Crews lifted 43 residents from rooftops, the rescue service said on Sunday.');
  const values = buildStory([doc], new Map(), makeContext()).events.flatMap((e) => e.facts.flatMap((f) => f.values));
  const of = (text: string) => values.find((v) => v.text === text);
  assert.equal(of('43 residents')?.attributedTo, 'rescue service');
  assert.equal(of('Sunday')?.voice, 'asserted');
});

test('"Bukele said the US would pay": the name before the verb is the source, not the name after it', () => {
  const doc = docOf('President Nayib Bukele said the United States would pay a fee for their detention, which will last one year.');
  const values = buildStory([doc], new Map(), makeContext()).events.flatMap((e) => e.facts.flatMap((f) => f.values));
  assert.equal(values.find((v) => v.text === 'one year')?.attributedTo, 'Nayib Bukele');
});
