import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from '../../test/helpers/doc.js';
import { citationGraph, citesOf, framingByOutlet } from './index.js';

test('a report citing an agency and quoting a speaker', () => {
  const doc = docOf('Crews deported 40 alleged smugglers on Sunday, reports Reuters. "We moved them all," Mayor Ilse Marrow said.');
  assert.deepEqual(citesOf(doc), ['Reuters']);
  const [f] = framingByOutlet([doc], new Map());
  assert.ok(f);
  assert.equal(f.quoted[0]?.speaker, 'Ilse Marrow');
  assert.equal(f.quoted[0]?.words, 4);
  assert.deepEqual(citationGraph([f]), [{ from: f.outlet, to: 'Reuters' }]);
  assert.equal(f.voice.asserted + f.voice.attributed + f.voice.hedged, doc.claims!.length);
});
