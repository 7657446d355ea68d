import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf } from '../../../../test/helpers/doc.js';

const names = (text: string) => (docOf(text).entity ?? []).map((e) => [e.text, e.canonical, e.type]);

test('a dateline\'s place is a place, written as a name; its agency is an organization', () => {
  assert.deepEqual(names('SAN LUCIO, Feb 4 (Harbor Wire) - A quake struck the Verano valley.').slice(0, 2),
    [['SAN LUCIO', 'San Lucio', 'place'], ['Harbor Wire', 'Harbor Wire', 'organization']]);
  assert.deepEqual(names('AREQUIPA, Peru, Nov 13 (Harbor Wire) - A jet overran the runway.').slice(0, 3),
    [['AREQUIPA', 'Arequipa', 'place'], ['Peru', 'Peru', 'place'], ['Harbor Wire', 'Harbor Wire', 'organization']]);
  // No dateline: a sentence that opens on a name and a dash is left to the other refiners.
  assert.notDeepEqual(names('NASA - the agency said - will fly again.')[0]?.[2], 'place');
});

test('a name after a compass word is a place: "northern Kalen", "in southwestern Ostra"', () => {
  assert.deepEqual(names('A strong earthquake has struck northern Kalen, and tremors shook southwestern Ostra.').map((n) => n[2]), ['place', 'place']);
});
