// The scale-reading patterns run only on a text naming a scale: no text the trigger rejects may match them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scaleReadingPatterns } from './scale-reading-recognizer.js';
import { seededInts } from '../../../../test/helpers/random.js';
import { docOf } from '../../../../test/helpers/doc.js';

const PIECES = ['magnitude', 'Magnitude', 'MAGNITUDE', 'magnitudes', 'on the Richter scale', 'on  the\nrichter scale', 'on the moment magnitude scale',
  'Richter', 'scale', 'of', 'at', 'was', '7.7', '6', '12.25', '-', ' ', ' ', 'a', 'quake'];

test('a text the trigger rejects holds no scale reading', () => {
  const { before, after, trigger } = scaleReadingPatterns();
  const random = seededInts(17);
  let matched = 0;
  for (let i = 0; i < 3000; i++) {
    const text = Array.from({ length: 2 + random(8) }, () => PIECES[random(PIECES.length)]!).join([' ', '', '-'][random(3)]!);
    before.lastIndex = 0;
    after.lastIndex = 0;
    const found = before.test(text) || after.test(text);
    if (found) matched++;
    assert.ok(!found || trigger.test(text), `a scale reading in ${JSON.stringify(text)} without the trigger`);
  }
  assert.ok(matched > 300, `the texts should hold readings (${matched})`);
});

test('a reading marked by its scale\'s symbol with decimals is one; a road or a rifle is not', () => {
  const doc = docOf('The M7.7 quake was followed by an Mw 6.4 shock near the M4 motorway, where soldiers carried M16 rifles.');
  const found = (doc.quantity ?? []).filter((q) => q.unit === 'magnitude').map((q) => [q.text, q.value]);
  assert.deepEqual(found, [['M7.7', 7.7], ['Mw 6.4', 6.4]]);
});
