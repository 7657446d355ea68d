import { test } from 'node:test';
import assert from 'node:assert/strict';
import { docOf, spans } from '../../../../test/helpers/doc.js';
import { docIn } from '../../../../test/helpers/local-doc.js';

const readings = (doc: ReturnType<typeof docOf>) => spans(doc, doc.quantity).filter((q) => q.unit === 'magnitude').map((q) => [q.text, q.value]);

test('a number written as a reading near a reading or a named scale is another value on that scale', () => {
  assert.deepEqual(readings(docOf('The institute put the magnitude at 7.4. The U.S. Geological Survey, which rated it 7.1, placed it offshore.')),
    [['7.4', 7.4], ['7.1', 7.1]]);
  assert.deepEqual(readings(docIn('es', 'El Servicio Geológico calculó una magnitud algo menor, de 7,1.')), [['7,1', 7.1]]);
  assert.deepEqual(readings(docIn('pt', 'O USGS calculou a magnitude em 7,1, enquanto o instituto registrou 7,4.')), [['7,1', 7.1], ['7,4', 7.4]]);
});

test('a number with its own unit, a price, or one with no scale near is no reading', () => {
  assert.deepEqual(readings(docOf('The quake had magnitude 6.8. About 2.5 million people felt it, 1.5 km from the coast, and bread cost $1.2.')), [['magnitude 6.8', 6.8]]);
  assert.deepEqual(readings(docOf('Growth was 2.1 in the quarter.')), []);
});
