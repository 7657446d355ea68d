// Cues: hedges, attributions and citations found by their lexicon phrases, and estimates ("put the turnout at" a figure).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from '../../../test/helpers/doc.js';

const cues = (text: string) => (docOf(text).cue ?? []).map((c) => [c.function, c.text]);

test('hedges, attributions and citations', () => {
  assert.deepEqual(cues('The alleged leader was arrested, according to police.'), [['hedge', 'alleged'], ['attribution', 'according to']]);
  assert.deepEqual(cues('The mayor told Radio Castrel the road was open.'), [['attribution', 'told'], ['citation', 'told Radio Castrel']]);
});

test('an estimate is a verb of estimating up to its "at", when a figure follows', () => {
  assert.deepEqual(cues('The police put the turnout at 32,000.'), [['attribution', 'put the turnout at']]);
  assert.deepEqual(cues('The service put the number of dead at three.'), [['attribution', 'put the number of dead at']]);
  assert.deepEqual(cues('Organisers estimated the crowd at about 85,000 people.'), [['attribution', 'estimated the crowd at']]);
});

test('a verb of estimating with no figure after its "at" is no cue', () => {
  assert.deepEqual(cues('Crews placed the pumps at the north gate.'), []);
  assert.deepEqual(cues('She put the boats at the ready.'), []);
});
